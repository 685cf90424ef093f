package org.driftgraph.extract.claims;

import java.util.regex.Matcher;
import org.driftgraph.model.RelationType;

/**
 * What an announcement says, opened by a complementizer (`reportedClauses`: that, أن، إن، بأن): a
 * platform named in it is part of the message, not where the message was posted. "announced on X
 * that the show would continue on Y", أعلن عبر حسابه على X أنه افتتح مجتمعاً على منصة Y, قالت في
 * بيان نشرته على X إن ...، ودعت متابعيها إلى قناتها على Y: the place is X, and Y is at most the
 * destination of a move that another trigger reads. The annotated sets never give an announcement
 * the platform of its reported clause. Only the first complementizer after the trigger counts, and
 * one inside a name (لينكد إن) is none.
 */
final class ReportedClauses {
  private final int opens;

  ReportedClauses(Trigger trigger) {
    this.opens =
        trigger.relation() == RelationType.ANNOUNCED_ON ? firstOpening(trigger) : Integer.MAX_VALUE;
  }

  /** The name stands in the clause an announcing trigger reports. */
  boolean claimed(Ref ref) {
    return ref.start() >= opens;
  }

  private static int firstOpening(Trigger trigger) {
    Matcher m =
        Regions.region(
            trigger.cues().reportedClauses(), trigger.text(), trigger.end(), trigger.sentenceEnd());
    while (m.find()) {
      int at = m.start();
      boolean insideName =
          trigger.namesInSentence().stream().anyMatch(r -> r.start() <= at && at < r.end());
      if (!insideName) {
        return m.end();
      }
    }
    return Integer.MAX_VALUE;
  }
}
