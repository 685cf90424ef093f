package org.driftgraph.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.RelationType;

/**
 * Dates a claim from the dates written in its article:
 *
 * <ol>
 *   <li>the date in its sentence closest to the trigger, a time of day (17:55 GMT) first, since it
 *       is the most precise statement of when;
 *   <li>for announcements and bans, which news reports date once and then describe, the nearest
 *       earlier date of the same paragraph, or, in a paragraph's first sentence, the date of the
 *       sentence before it;
 *   <li>else none.
 * </ol>
 */
final class ClaimDates {
  /** A date written in the article, in normalized offsets. */
  record Dated(int start, int end, String iso, DatePrecision precision) {}

  private final List<Dated> dates;
  private final ArticleText at;

  ClaimDates(ArticleText at, List<Dated> dates) {
    this.at = at;
    this.dates = dates.stream().sorted(Comparator.comparingInt(Dated::start)).toList();
  }

  Optional<Dated> dateOf(Draft draft) {
    ArticleText.Span span = draft.span();
    List<Dated> inSentence = within(span);
    if (!inSentence.isEmpty()) {
      List<Dated> times = inSentence.stream().filter(d -> d.precision() == DatePrecision.MINUTE).toList();
      return (times.isEmpty() ? inSentence : times).stream()
          .min(Comparator.comparingInt(d -> distance(d, draft)));
    }
    RelationType type = draft.rule().type();
    if (type != RelationType.ANNOUNCED_ON && type != RelationType.BANNED_BY) {
      return Optional.empty();
    }
    for (int i = span.index() - 1; i >= 0; i--) {
      ArticleText.Span earlier = at.sentences.get(i);
      boolean sameParagraph = earlier.paragraph() == span.paragraph();
      boolean firstOfParagraph = i == span.index() - 1 && !sameParagraph;
      if (!sameParagraph && !firstOfParagraph) {
        break;
      }
      List<Dated> found = within(earlier);
      if (!found.isEmpty()) {
        return Optional.of(found.get(found.size() - 1));
      }
      if (!sameParagraph) {
        break;
      }
    }
    return Optional.empty();
  }

  private List<Dated> within(ArticleText.Span span) {
    return dates.stream().filter(d -> d.start() >= span.start() && d.start() < span.end()).toList();
  }

  private static int distance(Dated date, Draft draft) {
    return date.start() >= draft.triggerEnd()
        ? date.start() - draft.triggerEnd()
        : Math.max(0, draft.triggerStart() - date.end());
  }
}
