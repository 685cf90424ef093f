package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.extract.rules.TriggerRule;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.RelationType;

/**
 * Dates a claim from the dates written in its article:
 *
 * <ol>
 *   <li>the date of its sentence nearest to its trigger or its object, a time of day (17:55 GMT)
 *       first, since it is the most precise statement of when; so in "on TamTam at 17:55 and on
 *       Telegram at 17:56" each platform takes its own time. A date in a clause about something
 *       else is not the claim's: one that qualifies a noun ("last Friday's attack"), one after a
 *       clause opener (الذي، which) in a stretch of the sentence (between commas) that the trigger
 *       is not in, unless that clause states the same relation again, and, for an ownership, one in
 *       another stretch with a trigger of its own, or nearer to another relation's trigger;
 *   <li>for an announcement, the time of day of another announcement on the same platform in the
 *       article (a report names the posting first and times it later);
 *   <li>for announcements and bans, which news reports date once and then describe, the nearest
 *       earlier date of the same paragraph, or, in a paragraph's first sentence, the date of the
 *       sentence before it;
 *   <li>for the headline, the day the article was published (a headline states the news);
 *   <li>else none.
 * </ol>
 */
final class ClaimDates {
  /** A date written in the article, in normalized offsets. */
  record Dated(int start, int end, String iso, DatePrecision precision) {}

  private static final Pattern SEGMENT_BREAK = Pattern.compile("[،,؛;:()]");
  private static final Pattern QUALIFIES_NOUN = Pattern.compile("^\\s*['’]s\\b");

  private final List<Dated> dates;
  private final ArticleText at;
  private final Pattern clauseOpeners;
  private final List<TriggerRule> triggers;
  private final List<Draft> drafts;

  // Indices built once per article: asked per claim, each was a pass over every date, sentence or
  // claim of the article, quadratic in a long one.
  private final Map<Draft, Optional<Dated>> ownDates = new IdentityHashMap<>();
  private Map<String, List<Draft>> timedAnnouncements;
  private List<Optional<Dated>> latestInParagraph;

  /** {@code drafts}: every claim of the article, among which announcements lend their time. */
  ClaimDates(ArticleText at, List<Dated> dates, List<Draft> drafts, RuleSet rules) {
    this.at = at;
    this.drafts = drafts;
    this.dates = dates.stream().sorted(Comparator.comparingInt(Dated::start)).toList();
    this.clauseOpeners = rules.cues().clauseOpeners();
    this.triggers = rules.triggers();
  }

  /** The date of a draft; an announcement may borrow the time of another of the article's. */
  Optional<Dated> dateOf(Draft draft) {
    Optional<Dated> own = ownDate(draft);
    if (own.isPresent()) {
      return own;
    }
    RelationType type = draft.rule().type();
    if (type == RelationType.ANNOUNCED_ON) {
      Optional<Dated> timed =
          timedAnnouncements().getOrDefault(draft.object().id(), List.of()).stream()
              .filter(other -> other != draft)
              .findFirst()
              .flatMap(this::ownDate);
      if (timed.isPresent()) {
        return timed;
      }
    }
    if (type != RelationType.ANNOUNCED_ON && type != RelationType.BANNED_BY) {
      return Headline.publishedDate(at, draft.span());
    }
    return earlier(draft.span()).or(() -> Headline.publishedDate(at, draft.span()));
  }

  /**
   * The article's announcements dated to the minute in their own sentence, by platform, in the
   * order of the drafts.
   */
  private Map<String, List<Draft>> timedAnnouncements() {
    if (timedAnnouncements == null) {
      timedAnnouncements = new HashMap<>();
      for (Draft other : drafts) {
        if (other.rule().type() == RelationType.ANNOUNCED_ON
            && ownDate(other).filter(d -> d.precision() == DatePrecision.MINUTE).isPresent()) {
          timedAnnouncements
              .computeIfAbsent(other.object().id(), k -> new ArrayList<>())
              .add(other);
        }
      }
    }
    return timedAnnouncements;
  }

  private Optional<Dated> ownDate(Draft draft) {
    return ownDates.computeIfAbsent(draft, this::findOwnDate);
  }

  private Optional<Dated> findOwnDate(Draft draft) {
    List<Dated> inSentence =
        within(draft.span()).stream()
            .filter(d -> !aboutSomethingElse(d, draft) && !nearerToAnotherRelation(d, draft))
            .toList();
    List<Dated> times =
        inSentence.stream().filter(d -> d.precision() == DatePrecision.MINUTE).toList();
    return (times.isEmpty() ? inSentence : times)
        .stream().min(Comparator.comparingInt(d -> distance(d, draft)));
  }

  /**
   * The nearest earlier date of the paragraph, or the date of the sentence before its first one.
   */
  private Optional<Dated> earlier(ArticleText.Span span) {
    int before = span.index() - 1;
    if (before < 0) {
      return Optional.empty();
    }
    if (at.sentences.get(before).paragraph() == span.paragraph()) {
      return latestInParagraph().get(before);
    }
    return last(within(at.sentences.get(before)));
  }

  /** Per sentence, the last date of it or of the sentences before it in its paragraph. */
  private List<Optional<Dated>> latestInParagraph() {
    if (latestInParagraph == null) {
      latestInParagraph = new ArrayList<>(at.sentences.size());
      for (ArticleText.Span sentence : at.sentences) {
        Optional<Dated> own = last(within(sentence));
        int i = sentence.index();
        boolean continues = i > 0 && at.sentences.get(i - 1).paragraph() == sentence.paragraph();
        latestInParagraph.add(own.isPresent() || !continues ? own : latestInParagraph.get(i - 1));
      }
    }
    return latestInParagraph;
  }

  private static Optional<Dated> last(List<Dated> found) {
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  /**
   * A date that qualifies a noun ("last Friday's attack"), or that stands after a clause opener
   * (الهجوم الذي وقع يوم ...، ونشر بيان التبني) in a stretch of the sentence the trigger is not in.
   * In the trigger's own stretch the clause usually describes the claim's event ("removed during
   * the campaign that Europol led in late November") and its date is kept.
   */
  private boolean aboutSomethingElse(Dated date, Draft draft) {
    if (QUALIFIES_NOUN
        .matcher(at.text.substring(date.end(), Math.min(at.text.length(), date.end() + 4)))
        .find()) {
      return true;
    }
    int sentenceStart = draft.span().start();
    int segmentStart = segmentStart(date.start(), sentenceStart);
    if (segmentStart(draft.triggerStart(), sentenceStart) == segmentStart) {
      return false;
    }
    Matcher opener = region(clauseOpeners, at.text, segmentStart, date.start());
    return opener.find() && !restates(draft, opener.start(), date.start());
  }

  /**
   * For an ownership, a standing fact dated only by its own trigger (launched in 2017), the date
   * stands in another stretch of the sentence (between commas) that has a trigger of its own (a
   * stretch of the date alone, "، في 27 مارس 2017،", dates the sentence), or nearer to the trigger
   * of another relation: "Meta, which owns Facebook, had banned the group in 2018" dates the ban.
   * Events are not held to this: a move told right after a ban shares its date ("in 2015 Twitter
   * banned them, so they left for Telegram").
   */
  private boolean nearerToAnotherRelation(Dated date, Draft draft) {
    if (draft.rule().type() != RelationType.OWNED_BY) {
      return false;
    }
    int sentenceStart = draft.span().start();
    int dateStretch = segmentStart(date.start(), sentenceStart);
    if (dateStretch != segmentStart(draft.triggerStart(), sentenceStart)
        && holdsTrigger(dateStretch, draft.span().end())) {
      return true;
    }
    int mine = distance(date, draft);
    ArticleText.Span span = draft.span();
    for (int i = 0; i < triggers.size(); i++) {
      TriggerRule rule = triggers.get(i);
      if (rule.type() == draft.rule().type() || !rule.blocks()) {
        continue;
      }
      for (MatchResult m : at.literals.matches(i, span.start(), span.end())) {
        if (new Hit(rule, m.start(), m.end()).requirementMet(at.text, span.end())
            && gap(date, m.start(), m.end()) < mine) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The clause states the claim's relation again ("ديسكورد، الذي أغلق خوادم الجماعة في صيف 2018").
   */
  private boolean restates(Draft draft, int from, int to) {
    return IntStream.range(0, triggers.size())
        .anyMatch(
            i ->
                triggers.get(i).type() == draft.rule().type()
                    && !at.literals.matches(i, from, to).isEmpty());
  }

  /**
   * True when the stretch of the sentence starting at {@code start} (up to the next comma) holds a
   * trigger.
   */
  private boolean holdsTrigger(int start, int sentenceEnd) {
    Matcher next = SEGMENT_BREAK.matcher(at.text);
    next.region(start, sentenceEnd);
    int end = next.find() ? next.start() : sentenceEnd;
    // The prefilter's matches of a trigger are those of a find() over the region (RuleSet).
    return IntStream.range(0, triggers.size())
        .anyMatch(i -> !at.literals.matches(i, start, end).isEmpty());
  }

  /**
   * Where the stretch of the sentence holding {@code offset} begins: after the last comma or
   * bracket before it.
   */
  private int segmentStart(int offset, int sentenceStart) {
    Matcher m = SEGMENT_BREAK.matcher(at.text);
    m.region(sentenceStart, offset);
    int start = sentenceStart;
    while (m.find()) {
      start = m.end();
    }
    return start;
  }

  /** The dates that start inside {@code span}, found by binary search over the sorted dates. */
  private List<Dated> within(ArticleText.Span span) {
    return dates.subList(firstFrom(span.start()), firstFrom(Math.max(span.start(), span.end())));
  }

  private int firstFrom(int offset) {
    return SortedByOffset.firstAtOrAfter(dates, Dated::start, offset);
  }

  /** Characters to the nearer of the trigger and the object named in the sentence. */
  private static int distance(Dated date, Draft draft) {
    int toTrigger = gap(date, draft.triggerStart(), draft.triggerEnd());
    Ref object = draft.objectRef();
    return object == null
        ? toTrigger
        : Math.min(toTrigger, gap(date, object.start(), object.end()));
  }

  private static int gap(Dated date, int start, int end) {
    return date.start() >= end ? date.start() - end : Math.max(0, start - date.end());
  }
}
