package org.driftgraph.extract.claims;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;

/**
 * Finds the events an announcement is about, so that the platforms that carried one claim of an
 * attack can be compared in time. For an ANNOUNCED_ON claim, the first of these that gives an
 * answer:
 *
 * <ol>
 *   <li>the events named in the claim's sentence: those that a CLAIMED claim of the same subject in
 *       that sentence names ("claimed the attack in a statement on Telegram"), else the one nearest
 *       to the trigger, since a sentence that names two events mostly names the second in passing
 *       (weeks after the Paris attacks);
 *   <li>the events that CLAIMED claims of the same subject in the previous sentence name (a report
 *       states the claim, then where it was posted);
 *   <li>the event named in the previous sentence of the same paragraph, when it names exactly one;
 *   <li>the article's event, when the article names exactly one.
 * </ol>
 *
 * The last two borrow the event from the context, which also holds announcements told as background
 * (Telegram was where it posted its claims in 2015): there an announcement dated before the event
 * (compared at the coarser of the two precisions) is not about it, since a wrong early date would
 * make its platform the first carrier of the event.
 *
 * <p>Only names count: no anaphor points at an event ("the attack" is not resolved), and where a
 * step finds two candidates it cannot choose between, it stays silent rather than guess. Every
 * other claim type is about no event.
 */
final class EventLinker {
  private final ArticleText at;
  private final List<Ref> events;
  private final List<Draft> claims;

  /** {@code drafts}: every claim of the article, among which the CLAIMED ones name events. */
  EventLinker(ArticleText at, List<Draft> drafts) {
    this.at = at;
    this.events =
        at.refs.stream()
            .filter(r -> !r.anaphor() && r.entity().type() == EntityType.EVENT)
            .toList();
    this.claims = drafts.stream().filter(d -> d.rule().type() == RelationType.CLAIMED).toList();
  }

  /**
   * The ids of the events {@code draft} announces; empty when it is no announcement or none is
   * found.
   *
   * @param date the claim's ISO date, or null
   */
  List<String> eventsOf(Draft draft, String date) {
    if (draft.rule().type() != RelationType.ANNOUNCED_ON) {
      return List.of();
    }
    ArticleText.Span span = draft.span();
    List<Ref> inSentence = in(span);
    if (!inSentence.isEmpty()) {
      List<String> claimed = claimedBy(draft, span.index());
      List<String> named =
          claimed.stream()
              .filter(id -> inSentence.stream().anyMatch(r -> r.id().equals(id)))
              .toList();
      return named.isEmpty() ? List.of(nearestToTrigger(inSentence, draft).id()) : named;
    }
    if (span.index() > 0) {
      ArticleText.Span previous = at.sentences.get(span.index() - 1);
      List<String> claimed = claimedBy(draft, previous.index());
      if (!claimed.isEmpty()) {
        return claimed;
      }
      if (previous.paragraph() == span.paragraph()) {
        Optional<Ref> only = onlyOne(in(previous));
        if (only.isPresent()) {
          return unlessDatedBefore(only.get(), date);
        }
      }
    }
    return onlyOne(events).map(event -> unlessDatedBefore(event, date)).orElse(List.of());
  }

  /** The event, unless the announcement is dated before it. */
  private static List<String> unlessDatedBefore(Ref event, String date) {
    String eventDate = event.entity().date();
    if (date == null || eventDate == null) {
      return List.of(event.id());
    }
    int common = Math.min(date.length(), eventDate.length());
    return date.substring(0, common).compareTo(eventDate.substring(0, common)) < 0
        ? List.of()
        : List.of(event.id());
  }

  /** The events that CLAIMED claims of the draft's subject in sentence {@code index} name. */
  private List<String> claimedBy(Draft draft, int index) {
    return claims.stream()
        .filter(c -> c.span().index() == index && c.subject().id().equals(draft.subject().id()))
        .map(c -> c.object().id())
        .distinct()
        .toList();
  }

  private List<Ref> in(ArticleText.Span span) {
    return events.stream().filter(r -> r.start() >= span.start() && r.end() <= span.end()).toList();
  }

  /** The first of {@code refs} when they all name one event. */
  private static Optional<Ref> onlyOne(List<Ref> refs) {
    return refs.stream().map(Ref::id).distinct().count() == 1
        ? Optional.of(refs.get(0))
        : Optional.empty();
  }

  /** The event nearest to the trigger by characters between them; the earlier one on a tie. */
  private static Ref nearestToTrigger(List<Ref> refs, Draft draft) {
    return refs.stream()
        .min(Comparator.comparingInt((Ref r) -> gap(r, draft)).thenComparingInt(Ref::start))
        .orElseThrow();
  }

  private static int gap(Ref ref, Draft draft) {
    return ref.start() >= draft.triggerEnd()
        ? ref.start() - draft.triggerEnd()
        : Math.max(0, draft.triggerStart() - ref.end());
  }
}
