package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.driftgraph.extract.rules.Anaphor;
import org.driftgraph.extract.rules.Cues;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.LiteralPrefilter;
import org.driftgraph.text.NormalizedText;
import org.driftgraph.text.Sentence;
import org.driftgraph.text.SentenceSplitter;
import org.driftgraph.text.WorkCount;

/**
 * One article prepared for the relation rules: its normalized text, its sentences and paragraphs,
 * and every reference to an entity (names and resolved anaphora) in normalized offsets.
 */
final class ArticleText {
  /** A sentence with its place in both texts and the paragraph (line) it belongs to. */
  record Span(int index, Sentence sentence, int start, int end, int paragraph) {}

  /**
   * An anaphor is a description, not a reference, when a name follows it this closely (التطبيق
   * الشهير «تليجرام»).
   */
  private static final int DESCRIPTOR_REACH = 2;

  /**
   * How many characters around a name its introducer (تطبيق X، X, a Russian messaging app) may
   * stand.
   */
  private static final int INTRODUCER_REACH = 30;

  /**
   * How many sentences back an Arabic anaphor with an introducer (الوكالة) looks for the name the
   * text presented with its noun (وكالة «ثبات»).
   */
  private static final int SAME_NOUN_SENTENCES = 8;

  private static final java.util.regex.Pattern APPOSITION =
      java.util.regex.Pattern.compile("[\"”»]?\\s*[،,(]");

  /** The ending of an Arabic dual noun. */
  private static final java.util.regex.Pattern ARABIC_DUAL =
      java.util.regex.Pattern.compile("[\\u0621-\\u064A](?:ين|ان)$");

  /** Only a closing quote and the comma of an apposition between a name and the anaphor. */
  private static final java.util.regex.Pattern APPOSITION_ONLY =
      java.util.regex.Pattern.compile("[\"”»]?\\s*[،,]\\s*");

  /** What joins the names of a list, for plural anaphora (the rules' and/or words). */
  private final Pattern listGlue;

  /** The anaphora of the rules, for the nouns that present a name as something else. */
  private final List<Anaphor> anaphora;

  final Article article;
  final NormalizedText folded;
  final String text;

  /** The rules' literals in the text: where each trigger and cue pattern may match. */
  final LiteralPrefilter.Hits literals;

  private final RuleSet rules;
  private final int[] wordStarts;
  private final int longestName;
  private final Map<Anaphor, Map<String, Integer>> firstIntroduced = new IdentityHashMap<>();
  private final Map<Anaphor, List<Ref>> storyNames = new IdentityHashMap<>();
  final List<Span> sentences = new ArrayList<>();

  /**
   * How far back, in characters, an antecedent is looked for: longer than any news paragraph, so
   * that the bound only matters for text without paragraphs, where it keeps resolution linear.
   */
  static final int ANTECEDENT_REACH = 4000;

  /**
   * How often a group must be named to be the article's topic anywhere in it: a group named once in
   * passing ("a post about a Hezbollah commander" in a summary of takedowns of Iranian networks) is
   * the topic of its own paragraph only.
   */
  static final int DOMINANT_MENTIONS = 2;

  /** The headline and the lede: the sentences that present the story's actor. */
  private static final int LEAD_SENTENCES = 2;

  /** How often the story must name a person for a pronoun out of reach to stand for them. */
  private static final int TOPIC_PERSON_MENTIONS = 3;

  /** How many paragraphs back the topic of a unit or role noun is looked for (headings count). */
  private static final int TOPIC_PARAGRAPHS = 6;

  final List<Ref> refs = new ArrayList<>();

  /**
   * Descriptions whose head names two bodies the story introduced and none near ("the club" after
   * two clubs): they stand for one of them, so no other actor is taken from the context for them.
   */
  final BitSet openDescriptions = new BitSet();

  final UnreadQuotes unreadQuotes = new UnreadQuotes(this);
  final Entity dominantGroup;

  /** The starts of names that only say whom a body is aligned with ({@link AffiliatedNames}). */
  final BitSet affiliated;

  final int dominantMentions;

  /**
   * The person the story is about: named at least {@link #TOPIC_PERSON_MENTIONS} times and more
   * often than any other person, or null.
   */
  private final Entity topicPerson;

  /** How often each entity is named in the article, by id. */
  private final Map<String, Integer> mentionCounts;

  ArticleText(
      Article article,
      List<Mention> mentions,
      Map<String, Entity> entities,
      RuleSet rules,
      SentenceSplitter splitter) {
    Cues cues = rules.cues();
    this.rules = rules;
    this.article = article;
    this.folded = ArabicNormalization.normalize(article.text());
    this.text = folded.normalized();
    this.literals = rules.prefilter().scan(text);
    this.wordStarts = wordStarts(text);
    this.listGlue = listGluePattern(cues);
    this.anaphora = cues.anaphora();
    int paragraph = 0;
    int lastEnd = 0;
    for (Sentence sentence : splitter.split(article.text(), article.language())) {
      if (article.text().substring(lastEnd, sentence.start()).indexOf('\n') >= 0) {
        paragraph++;
      }
      lastEnd = sentence.end();
      int start = toNormalized(sentence.start());
      int end = toNormalized(sentence.end());
      if (start < end) {
        sentences.add(new Span(sentences.size(), sentence, start, end, paragraph));
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Mention mention : mentions) {
      Entity entity = entities.get(mention.entityId());
      if (entity != null) {
        refs.add(
            new Ref(
                entity, toNormalized(mention.start()), toNormalized(mention.end()), false, false));
      }
    }
    refs.sort(Comparator.comparingInt(Ref::start));
    this.affiliated = AffiliatedNames.in(article.language(), text, refs);
    for (Ref ref : refs) {
      // "an outlet aligned with X" is about the outlet: X is not what the story is about.
      if (!affiliated.get(ref.start())) {
        counts.merge(ref.id(), 1, Integer::sum);
      }
    }
    this.longestName = refs.stream().mapToInt(r -> r.end() - r.start()).max().orElse(0);
    this.dominantGroup =
        UnreadHeadlineActor.present(article.language(), article.text(), this::toNormalized, refs)
                || affiliatedBodyLeads()
            ? null
            : refs.stream()
                .map(Ref::entity)
                .filter(
                    e ->
                        e.type() == EntityType.ACTOR
                            && "group".equals(e.kind())
                            && counts.containsKey(e.id()))
                .distinct()
                .max(Comparator.comparingInt((Entity e) -> counts.get(e.id())))
                .orElse(null);
    this.dominantMentions = dominantGroup == null ? 0 : counts.get(dominantGroup.id());
    this.topicPerson = topicPerson(counts);
    this.mentionCounts = counts;
    addAnaphora(cues);
    NamedHeads.resolve(this);
  }

  /**
   * The headline or the first sentence presents the story's actor by whom it is aligned with ("a
   * pro-X outlet", "an outlet aligned with X"): the story is about that body, so no group it names
   * is the one that "the group", an elided subject or an ownerless patient falls back on.
   */
  private boolean affiliatedBodyLeads() {
    if (affiliated.isEmpty() || sentences.isEmpty()) {
      return false;
    }
    int leadEnd = sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
    int first = affiliated.nextSetBit(0);
    return first >= 0 && first < leadEnd;
  }

  private Entity topicPerson(Map<String, Integer> counts) {
    List<Entity> persons =
        refs.stream()
            .map(Ref::entity)
            .filter(
                e ->
                    e.type() == EntityType.ACTOR
                        && "person".equals(e.kind())
                        && counts.containsKey(e.id()))
            .distinct()
            .sorted(Comparator.comparingInt((Entity e) -> counts.get(e.id())).reversed())
            .toList();
    if (persons.isEmpty() || counts.get(persons.get(0).id()) < TOPIC_PERSON_MENTIONS) {
      return null;
    }
    boolean tie =
        persons.size() > 1
            && counts.get(persons.get(1).id()).equals(counts.get(persons.get(0).id()));
    return tie ? null : persons.get(0);
  }

  private static Pattern listGluePattern(Cues cues) {
    String words =
        Stream.concat(cues.andWords().stream(), cues.orWords().stream())
            .map(w -> Pattern.quote(ArabicNormalization.normalize(w).normalized()))
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "[\\s«»\"“”]*(?:[,،][\\s«»\"“”]*)?(?:(?:" + words + ")\\s*)?[\\s«»\"“”]*");
  }

  /** The first normalized index at or after the original offset. */
  int toNormalized(int originalOffset) {
    return folded.normalizedIndex(originalOffset);
  }

  int originalStart(int normalized) {
    return normalized >= text.length() ? article.text().length() : folded.originalStart(normalized);
  }

  int originalEnd(int normalizedEnd) {
    return normalizedEnd <= 0 ? 0 : folded.originalEnd(normalizedEnd);
  }

  /** The names and anaphors inside {@code span}, found by binary search: one sentence's worth. */
  List<Ref> refsIn(Span span) {
    List<Ref> in = new ArrayList<>();
    for (int i = firstRefFrom(span.start());
        i < refs.size() && refs.get(i).start() < span.end();
        i++) {
      WorkCount.add(1);
      if (refs.get(i).end() <= span.end()) {
        in.add(refs.get(i));
      }
    }
    return in;
  }

  /** The names and anaphors that overlap [start, end). */
  List<Ref> refsOverlapping(int start, int end) {
    List<Ref> in = new ArrayList<>();
    for (int i = firstRefFrom(Math.max(0, start - longestName));
        i < refs.size() && refs.get(i).start() < end;
        i++) {
      if (refs.get(i).end() > start) {
        in.add(refs.get(i));
      }
    }
    return in;
  }

  /**
   * The first sentence that ends after the offset (the last one past the end), by binary search.
   */
  Span sentenceAt(int normalizedOffset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      WorkCount.add(1);
      int mid = (lo + hi) >>> 1;
      if (normalizedOffset < sentences.get(mid).end()) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return sentences.get(lo);
  }

  /**
   * The nearest named entity before {@code offset} in its paragraph that {@code accepts} and {@code
   * keeps} (a test of where the name stands, which only the reference can answer).
   */
  Optional<Ref> antecedentInParagraph(int offset, Predicate<Entity> accepts, Predicate<Ref> keeps) {
    List<Ref> candidates = antecedents(offset, accepts, 0, true);
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (keeps.test(candidates.get(i))) {
        return Optional.of(candidates.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The actor a paragraph is about, for a patient or mover that names only its unit or role ("the
   * accounts", "the members"): the one actor that {@code accepts} named in the nearest paragraph,
   * at or before {@code offset}'s, that names any, at most {@link #TOPIC_PARAGRAPHS} paragraphs
   * back; none when that paragraph names two (it is about someone else too); the article's dominant
   * group when no paragraph in reach names one.
   */
  Optional<Entity> topicActor(int offset, Predicate<Entity> accepts) {
    int paragraph = sentenceAt(offset).paragraph();
    Entity found = null;
    int foundParagraph = -1;
    for (int i = firstRefFrom(offset) - 1; i >= 0; i--) {
      WorkCount.add(1);
      Ref ref = refs.get(i);
      int there = sentenceAt(ref.start()).paragraph();
      if (paragraph - there > TOPIC_PARAGRAPHS || (found != null && there != foundParagraph)) {
        break;
      }
      if (ref.end() > offset
          || !ref.anaphor() && affiliated.get(ref.start())
          || !accepts.test(ref.entity())) {
        continue;
      }
      if (found == null) {
        found = ref.entity();
        foundParagraph = there;
      } else if (!found.id().equals(ref.id())) {
        return Optional.empty();
      }
    }
    if (found != null) {
      return Optional.of(found);
    }
    return Optional.ofNullable(dominantGroup).filter(accepts);
  }

  /**
   * The person the story is about, when it is named more often than {@code rival} (the group a unit
   * would otherwise go to) and {@code accepts} it: a police statement about a teenager names him as
   * "the suspect" throughout and the ideology he promoted now and then, so "the associated
   * accounts" a platform banned are his, not the group's.
   */
  Optional<Entity> storyPersonOver(Entity rival, Predicate<Entity> accepts) {
    if (topicPerson == null || !accepts.test(topicPerson)) {
      return Optional.empty();
    }
    return mentionCounts.getOrDefault(topicPerson.id(), 0)
            > mentionCounts.getOrDefault(rival.id(), 0)
        ? Optional.of(topicPerson)
        : Optional.empty();
  }

  /** The index of the first name or anaphor that starts at or after {@code offset}. */
  private int firstRefFrom(int offset) {
    return SortedByOffset.firstAtOrAfter(refs, Ref::start, offset);
  }

  /**
   * The names before {@code offset} that {@code accepts} within reach (see {@link #antecedent}), in
   * text order.
   */
  private List<Ref> antecedents(
      int offset, Predicate<Entity> accepts, int sentencesBack, boolean wholeParagraph) {
    Span here = sentenceAt(offset);
    int earliest = Math.max(0, here.index() - sentencesBack);
    List<Ref> out = new ArrayList<>();
    for (int i = firstRefFrom(offset - ANTECEDENT_REACH);
        i < refs.size() && refs.get(i).start() < offset;
        i++) {
      WorkCount.add(1);
      Ref ref = refs.get(i);
      if (ref.anaphor()
          || ref.end() > offset
          || affiliated.get(ref.start())
          || !accepts.test(ref.entity())) {
        continue;
      }
      Span there = sentenceAt(ref.start());
      if ((wholeParagraph && there.paragraph() == here.paragraph()) || there.index() >= earliest) {
        out.add(ref);
      }
    }
    return out;
  }

  /**
   * What an anaphor points back to: the nearest fitting name within reach, but a name the text
   * presented as what the anaphor is (تطبيق X، X, a messaging app) before a merely nearer one: the
   * app of a story is the one it introduced as an app, not the social network named in passing.
   */
  private Optional<Ref> resolve(Anaphor anaphor, int start, int end, Predicate<Entity> fits) {
    List<Ref> candidates = antecedents(start, fits, anaphor.sentences(), anaphor.wholeParagraph());
    if (anaphor.subject()) {
      return subjectOfNearestSentence(candidates);
    }
    Optional<Ref> near = inAppositionOrSentence(anaphor, start, candidates);
    if (near.isPresent()) {
      return near;
    }
    Optional<Ref> sameNoun = presentedWithSameNoun(anaphor, start, end, fits, candidates);
    if (sameNoun.isPresent()) {
      return sameNoun;
    }
    Optional<Ref> story = storyName(anaphor, start, fits);
    if (candidates.isEmpty()) {
      return story;
    }
    if (anaphor.introducer() != null) {
      for (int i = candidates.size() - 1; i >= 0; i--) {
        if (introducedBefore(candidates.get(i).entity(), anaphor, start)) {
          return Optional.of(candidates.get(i));
        }
      }
    }
    return story.or(() -> Optional.of(candidates.get(candidates.size() - 1)));
  }

  /**
   * The one name the story presented with the anaphor's introducer before {@code start} (موقع
   * «بوابة X» in the lead for الموقع in a timeline line), for an anaphor that asks for it; none
   * when the story presented two fitting names so. The first presentations are listed once per
   * anaphor, so each anaphor costs a constant.
   */
  private Optional<Ref> storyName(Anaphor anaphor, int start, Predicate<Entity> fits) {
    if (!anaphor.storyName()) {
      return Optional.empty();
    }
    // A story-name anaphor has no agreement (Anaphor rejects both), so whether a name fits does not
    // depend on where the anaphor stands: the list made for its first occurrence serves them all.
    List<Ref> presented = storyNames.computeIfAbsent(anaphor, a -> firstPresented(a, fits));
    if (presented.isEmpty() || presented.get(0).end() > start) {
      return Optional.empty();
    }
    boolean two = presented.size() > 1 && presented.get(1).end() <= start;
    return two ? Optional.empty() : Optional.of(presented.get(0));
  }

  /**
   * The first name of each entity that {@code fits} and that the text presents with the anaphor's
   * introducer, before it or as the name's own first word (بوابة «فجر طرابلس»), by where it ends.
   */
  private List<Ref> firstPresented(Anaphor anaphor, Predicate<Entity> fits) {
    Map<String, Ref> first = new LinkedHashMap<>();
    WorkCount.add(refs.size());
    for (Ref ref : refs) {
      if (!ref.anaphor()
          && !first.containsKey(ref.id())
          && fits.test(ref.entity())
          && (introduced(ref, anaphor)
              || anaphor.introducer().matcher(text).region(ref.start(), ref.end()).lookingAt())) {
        first.put(ref.id(), ref);
      }
    }
    return first.values().stream().sorted(Comparator.comparingInt(Ref::end)).toList();
  }

  /**
   * A subject pronoun's antecedent: the first of the candidates in the sentence of the last one.
   * "It" continues the statement before, whose subject comes first; the later names there are its
   * objects or describe it.
   */
  private Optional<Ref> subjectOfNearestSentence(List<Ref> candidates) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int sentence = sentenceAt(candidates.get(candidates.size() - 1).start()).index();
    List<Ref> there =
        candidates.stream().filter(r -> sentenceAt(r.start()).index() == sentence).toList();
    // A possessor is not the head: "Google's YouTube said it had removed" is YouTube.
    return there.stream()
        .filter(r -> !text.startsWith("'s ", r.end()) && !text.startsWith("' ", r.end()))
        .findFirst()
        .or(() -> Optional.of(there.get(0)));
  }

  /**
   * A name right before the anaphor and its comma is what the anaphor describes ("واتساب"، التطبيق
   * المملوك لـ...); a platform anaphor (التطبيق، للتطبيق، المنصة) also takes a platform its own
   * sentence named before it over one the story presented earlier with the same noun (ميتا، المالكة
   * للتطبيق is the owner of the app of this sentence, not of the Telegram of the first paragraph).
   */
  private Optional<Ref> inAppositionOrSentence(Anaphor anaphor, int start, List<Ref> candidates) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Ref last = candidates.get(candidates.size() - 1);
    if (!last.anaphor()
        && last.end() <= start
        && APPOSITION_ONLY.matcher(text.substring(last.end(), start)).matches()) {
      return Optional.of(last);
    }
    boolean platformOnly =
        anaphor.types().size() == 1 && anaphor.types().contains(EntityType.PLATFORM);
    if (platformOnly && !last.anaphor() && sentenceAt(last.start()) == sentenceAt(start)) {
      return Optional.of(last);
    }
    return Optional.empty();
  }

  /**
   * The latest antecedent the text presented with the Arabic anaphor's own noun (الوكالة: وكالة
   * «ثبات»; الكتائب: كتائب سيد الشهداء), before a nearer name of the same type presented otherwise
   * (a research foundation, a movement named in an apposition). A noun the rules also list as an
   * introducer (وكالة، شركة، قناة، مؤسسة) presents a name for the whole story, so it is looked for
   * up to {@link #SAME_NOUN_SENTENCES} sentences back; a group noun (الجماعة، الكتائب) only within
   * the anaphor's own reach, since a story names background groups with the same nouns.
   */
  private Optional<Ref> presentedWithSameNoun(
      Anaphor anaphor, int start, int end, Predicate<Entity> fits, List<Ref> candidates) {
    Optional<String> noun = SameNoun.of(text.substring(start, end));
    if (noun.isEmpty()) {
      return Optional.empty();
    }
    Optional<Ref> near = latestPresented(candidates, noun.get());
    if (near.isPresent() || anaphor.introducer() == null) {
      return near;
    }
    // Further back only past names the text classed with another noun (مؤسسة «مدار» is no
    // وكالة); a bare name within reach (على «تروث سوشيال»، المنصة) may still be what it stands for.
    boolean othersClassed =
        candidates.stream()
            .allMatch(
                c ->
                    anaphora.stream()
                        .anyMatch(
                            a ->
                                a != anaphor
                                    && a.introducer() != null
                                    && introducedBefore(c.entity(), a, start)));
    if (!othersClassed) {
      return Optional.empty();
    }
    return latestPresented(
        antecedents(
            start,
            fits,
            Math.max(anaphor.sentences(), SAME_NOUN_SENTENCES),
            anaphor.wholeParagraph()),
        noun.get());
  }

  /** The latest of {@code refs} whose entity one of {@code refs} presents with {@code noun}. */
  private Optional<Ref> latestPresented(List<Ref> refs, String noun) {
    java.util.Set<String> presented = new java.util.HashSet<>();
    for (Ref ref : refs) {
      if (SameNoun.presents(text, ref.start(), ref.end(), noun)) {
        presented.add(ref.id());
      }
    }
    for (int i = refs.size() - 1; i >= 0; i--) {
      if (presented.contains(refs.get(i).id())) {
        return Optional.of(refs.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * What a plural anaphor (their accounts, both outlets) points back to: the names of the latest
   * list of two or more fitting names within reach ("RT and Sputnik"), or nothing; a name standing
   * alone after the list ("RT's apps") does not break it.
   */
  private List<Ref> latestList(Anaphor anaphor, int start, int end, Predicate<Entity> fits) {
    List<Ref> candidates = antecedents(start, fits, anaphor.sentences(), anaphor.wholeParagraph());
    // An Arabic dual (المنصتين، القناتان، كلا التنظيمين) stands for a list of exactly two names.
    boolean dual = ARABIC_DUAL.matcher(text.substring(start, Math.min(text.length(), end))).find();
    for (int i = candidates.size() - 1; i > 0; i--) {
      if (dual && i + 1 < candidates.size() && listed(candidates.get(i), candidates.get(i + 1))) {
        continue;
      }
      List<Ref> list = new ArrayList<>(List.of(candidates.get(i)));
      int j = i - 1;
      while (j >= 0 && listed(candidates.get(j), list.get(0))) {
        list.add(0, candidates.get(j));
        j--;
      }
      long names = list.stream().map(Ref::id).distinct().count();
      if (dual ? names == 2 : names > 1) {
        return list;
      }
    }
    return List.of();
  }

  /** Two names joined by a comma or an and/or word only: "RT and Sputnik", "X, Y and Z". */
  private boolean listed(Ref a, Ref b) {
    return a.end() <= b.start() && listGlue.matcher(text.substring(a.end(), b.start())).matches();
  }

  /**
   * True when a name of {@code entity} before {@code offset} stands right after the anaphor's
   * introducer (تطبيق تام تام، the messaging app TamTam) or is followed by it in an apposition (تام
   * تام، وهو تطبيق مراسلة; TamTam, a Russian messaging app).
   */
  private boolean introducedBefore(Entity entity, Anaphor anaphor, int offset) {
    Integer first =
        firstIntroduced.computeIfAbsent(anaphor, this::firstIntroductions).get(entity.id());
    return first != null && first <= offset;
  }

  /**
   * For each entity, where its first introduced name ends (see {@link #introducedBefore}): one pass
   * over the names per anaphor, so that resolving every anaphor stays linear in the article.
   */
  private Map<String, Integer> firstIntroductions(Anaphor anaphor) {
    Map<String, Integer> first = new HashMap<>();
    WorkCount.add(refs.size());
    for (Ref ref : refs) {
      if (!ref.anaphor() && introduced(ref, anaphor)) {
        first.merge(ref.id(), ref.end(), Math::min);
      }
    }
    return first;
  }

  private boolean introduced(Ref ref, Anaphor anaphor) {
    // A clitic agrees with the class noun written as part of the name, too (قناة المنار، تنظيم
    // داعش).
    if (anaphor.agreement()
        && anaphor.introducer().matcher(text).region(ref.start(), ref.end()).lookingAt()) {
      return true;
    }
    Matcher before = anaphor.introducer().matcher(text);
    before.region(Math.max(0, ref.start() - INTRODUCER_REACH), ref.start());
    while (before.find()) {
      if (wordsBetween(before.end(), ref.start()) <= 2) {
        return true;
      }
    }
    Matcher after = anaphor.introducer().matcher(text);
    after.region(ref.end(), Math.min(text.length(), ref.end() + INTRODUCER_REACH));
    if (after.find()
        && APPOSITION.matcher(text.substring(ref.end(), after.start())).lookingAt()
        && wordsBetween(ref.end(), after.start()) <= 3) {
      return true;
    }
    return false;
  }

  private void addAnaphora(Cues cues) {
    List<Ref> resolved = new ArrayList<>();
    // Where an entry that asks for agreement found its name (المنصة after منصة «صابرين نيوز»), no
    // later entry reads the same words as something else.
    java.util.Set<Integer> agreed = new java.util.HashSet<>();
    for (int index = 0; index < cues.anaphora().size(); index++) {
      Anaphor anaphor = cues.anaphora().get(index);
      for (MatchResult m : literals.matches(rules.anaphorPattern(index), 0, text.length())) {
        int start = m.start();
        int end = m.end();
        Predicate<Entity> fits =
            e ->
                anaphor.types().contains(e.type())
                    && (anaphor.kinds().isEmpty()
                        // An entity without a kind fits no kind-restricted anaphor (and Set.of
                        // rejects a null probe).
                        || (e.kind() != null && anaphor.kinds().contains(e.kind())))
                    && (!anaphor.agreement() || introducedBefore(e, anaphor, start));
        if (anaphor.agreement() && resolved.stream().anyMatch(r -> r.start() == start)
            || agreed.contains(start)
            || overlapsName(start, end, fits)
            || nameFollows(end, fits, anaphor, cues)
            || describesOtherName(start, end, fits)) {
          continue;
        }
        if (anaphor.plural()) {
          latestList(anaphor, start, end, fits)
              .forEach(a -> resolved.add(new Ref(a.entity(), start, end, true, false)));
          continue;
        }
        Optional<Ref> antecedent =
            resolve(anaphor, start, end, fits)
                .or(() -> StoryOutlets.topic(anaphor, text, refs, start, end, fits))
                .or(() -> dominantGroupFor(anaphor, start, end, fits))
                .or(() -> topicPersonFor(anaphor, start, end, fits));
        antecedent.ifPresent(
            a -> resolved.add(new Ref(a.entity(), start, end, true, !anaphor.wholeParagraph())));
        if (anaphor.agreement() && antecedent.isPresent()) {
          if (presentedOtherSince(anaphor, antecedent.get(), start)) {
            resolved.remove(resolved.size() - 1);
            continue;
          }
          agreed.add(start);
        }
      }
    }
    refs.addAll(resolved);
    refs.sort(Comparator.comparingInt(Ref::start));
  }

  /**
   * Since {@code antecedent}, the text presented a name of another type with the anaphor's noun
   * (منصة «صابرين نيوز» ... منصة «تيك توك» ... المنصة): the noun is that name's now.
   */
  private boolean presentedOtherSince(Anaphor anaphor, Ref antecedent, int start) {
    for (int i = firstRefFrom(antecedent.end());
        i < refs.size() && refs.get(i).start() < start;
        i++) {
      WorkCount.add(1);
      Ref ref = refs.get(i);
      if (!ref.anaphor()
          && !anaphor.types().contains(ref.entity().type())
          && introduced(ref, anaphor)) {
        return true;
      }
    }
    return false;
  }

  private Optional<Ref> dominantGroupFor(Anaphor anaphor, int start, int end, Predicate<Entity> f) {
    boolean fallback = dominantGroup != null && anaphor.kinds().contains("group");
    return Optional.ofNullable(fallback && f.test(dominantGroup) ? dominantGroup : null)
        .map(group -> new Ref(group, start, end, true, false));
  }

  /**
   * A person pronoun or role noun with no person in reach (a timeline line "- 2024: YouTube
   * terminated his channel" far below the story's first paragraphs) stands for the person the story
   * is about, when there is one; not in a question.
   */
  private Optional<Ref> topicPersonFor(Anaphor anaphor, int start, int end, Predicate<Entity> f) {
    // A question ("Is he also banned on X?") asserts nothing of the story's person.
    String rest = text.substring(end, Math.max(end, sentenceAt(start).end()));
    boolean person =
        anaphor.kinds().contains("person") && rest.indexOf('?') < 0 && rest.indexOf('؟') < 0;
    return Optional.ofNullable(
            person && topicPerson != null && f.test(topicPerson) ? topicPerson : null)
        .map(p -> new Ref(p, start, end, true, false));
  }

  /**
   * The anaphor stands in apposition to the name right before its comma, a name it cannot stand for
   * ("Sputnik, the French-language service of RIA"): it describes that name and points back to
   * nothing. Only an English definite noun phrase: a possessive ("Amaq, the group's agency") still
   * points back, a pronoun after a clause ("after the rally, it terminated") is a subject, and an
   * Arabic object may follow its verb's subject across a comma.
   */
  private boolean describesOtherName(int start, int end, Predicate<Entity> fits) {
    if (!text.startsWith("the ", start) || text.startsWith("'", end) || text.startsWith("’", end)) {
      return false;
    }
    int next = firstRefFrom(start);
    for (int i = next - 1; i >= 0 && i >= next - 3; i--) {
      Ref r = refs.get(i);
      if (!r.anaphor() && r.end() <= start) {
        return !fits.test(r.entity())
            && APPOSITION_ONLY.matcher(text.substring(r.end(), start)).matches();
      }
    }
    return false;
  }

  /**
   * A name overlaps the anaphor, unless it lies inside it and is of a type the anaphor does not
   * stand for: in "his YouTube channel" the platform names where the person's channel was.
   */
  private boolean overlapsName(int start, int end, Predicate<Entity> fits) {
    // Only names (sorted by start, no anaphors yet) that start within the longest name before it.
    for (int i = firstRefFrom(start - longestName);
        i < refs.size() && refs.get(i).start() < end;
        i++) {
      WorkCount.add(1);
      Ref r = refs.get(i);
      if (!r.anaphor()
          && start < r.end()
          && !(r.start() > start && r.end() <= end && !fits.test(r.entity()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name the anaphor could stand for follows it closely: the noun describes that name, unless
   * another noun presents the name ("وتملك الشركة تطبيق إنستغرام": the company owns the app).
   */
  private boolean nameFollows(int end, Predicate<Entity> fits, Anaphor self, Cues cues) {
    for (int i = firstRefFrom(end); i < refs.size(); i++) {
      WorkCount.add(1);
      Ref ref = refs.get(i);
      if (ref.anaphor()) {
        continue;
      }
      // The cheap tests first: the text up to a far name is not read at all.
      if (!fits.test(ref.entity()) || wordsBetween(end, ref.start()) >= DESCRIPTOR_REACH) {
        return false;
      }
      String between = text.substring(end, ref.start());
      WorkCount.add(between.length());
      boolean otherIntroducer =
          cues.anaphora().stream()
              .anyMatch(
                  a ->
                      a != self
                          && a.introducer() != null
                          && a.introducer() != self.introducer()
                          && a.introducer().matcher(between).find());
      return between.indexOf('\n') < 0 && !otherIntroducer;
    }
    return false;
  }

  /**
   * Number of words in the normalized text between two offsets (a word cut by {@code from} counts),
   * in constant time: argument search asks this for every pair of names and triggers.
   */
  int wordsBetween(int from, int to) {
    int start = Math.max(0, from);
    int end = Math.min(to, text.length());
    if (start >= end) {
      return 0;
    }
    int cutWord = Character.isLetterOrDigit(text.charAt(start)) ? 1 : 0;
    return cutWord + wordStarts[end] - wordStarts[start + 1];
  }

  /** {@code wordStarts[k]}: how many words start before normalized offset {@code k}. */
  private static int[] wordStarts(String text) {
    int[] starts = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      boolean start =
          Character.isLetterOrDigit(text.charAt(i))
              && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      starts[i + 1] = starts[i] + (start ? 1 : 0);
    }
    return starts;
  }
}
