package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.regex.Matcher;
import org.driftgraph.extract.rules.TriggerRule.ImplicitSubject;
import org.driftgraph.model.RelationType;

/**
 * A dated line of a list that tells a story step by step ("- الخميس: حذفت المنصة قناتها"، "- 5
 * مارس: تنتقل إلى منصة X"، "- March 3: moves its chat to X"): news writes such timelines without a
 * subject, because every step is the story of the actor the text before the list is about. A move
 * or ban on such a line whose subject is missing takes that topic actor (the one actor of the
 * nearest paragraph that names any, never one of two), as a role noun does; a ban does so only when
 * its patient points back (قناتها، حساباته، its accounts), since a step may as well be a platform's
 * own business ("- March 3: suspends 4,000 spam servers").
 */
final class TimelineItems {
  /**
   * How far before its sentence a line may start: a dated lead is a few words ("- 5 مارس:", "-
   * March 3:"), so a line that starts further back has none, and the search for its start stays
   * within the sentence and this reach (a text without line breaks must not be scanned back to its
   * beginning for every trigger).
   */
  private static final int LEAD_REACH = 160;

  private TimelineItems() {}

  /**
   * Whether the trigger is a move or ban that may take its subject from the context and stands in
   * the sentence right after a line's opening date and colon ({@code timelineItems}; the list mark
   * before it is gone from the normalized text): a later sentence of the line is a comment on the
   * step, not a step.
   */
  static boolean holds(Trigger trigger) {
    if (trigger.implicitSubject() != ImplicitSubject.CONTEXT
        || (trigger.relation() != RelationType.MIGRATED_TO
            && trigger.relation() != RelationType.BANNED_BY)) {
      return false;
    }
    String text = trigger.text();
    int lineStart = lineStart(text, trigger.start(), trigger.sentenceStart() - LEAD_REACH);
    if (lineStart < 0) {
      return false;
    }
    Matcher lead = region(trigger.cues().timelineItems(), text, lineStart, trigger.start());
    return lead.lookingAt()
        && (trigger.sentenceStart() <= lead.end()
            || text.substring(lead.end(), trigger.sentenceStart()).isBlank());
  }

  /**
   * The start of the line holding {@code position}, looked for back to {@code limit}: the text's
   * start when the limit reaches it, -1 when the line starts before the limit.
   */
  private static int lineStart(String text, int position, int limit) {
    int bound = Math.max(0, limit);
    for (int i = position - 1; i >= bound; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return bound == 0 ? 0 : -1;
  }
}
