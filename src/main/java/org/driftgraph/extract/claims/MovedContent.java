package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.TriggerRule.Side;

/**
 * What stands where a migration's mover stands when it is not a name: content or users ("The
 * footage later migrated to YouTube", "انتقل المقطع إلى يوتيوب": copies spread, no group moves) or
 * an actor's own content, accounts or channel ("its broadcast moved to Kick", "انتقل بثها إلى"،
 * "ظهرت نسخ من المدونات على": the owner moves). The same slot is read for both word lists.
 */
final class MovedContent {

  /**
   * How far after an Arabic migration verb its mover may stand (انتقل المقطع، نقلت نسخ الفيديو).
   */
  private static final int MOVER_REACH = 20;

  private final Trigger trigger;
  private final String text;
  private final List<Ref> subjects;

  MovedContent(Trigger trigger, List<Ref> subjects) {
    this.trigger = trigger;
    this.text = trigger.text();
    this.subjects = subjects;
  }

  /**
   * Whether one of the nouns stands as the mover: inside a causative's trigger, right after an
   * Arabic verb, in an English verb's clause before it when no group is named there, or after a
   * possessive ("Amaq's videos migrated").
   */
  boolean standsAsMover(Pattern nouns) {
    if (trigger.agentSlotSide() == Side.NONE
        && region(nouns, text, trigger.start(), trigger.end()).find()) {
      // A causative's mover is its object, inside the trigger: "دفعت الموجة آلاف المستخدمين إلى".
      return true;
    }
    if (trigger.agentSlotSide() == Side.AFTER) {
      int slot = trigger.end();
      while (slot < trigger.sentenceEnd() && Character.isWhitespace(text.charAt(slot))) {
        slot++;
      }
      return region(nouns, text, slot, Math.min(trigger.sentenceEnd(), slot + MOVER_REACH))
          .lookingAt();
    }
    if (subjects.isEmpty()) {
      int clauseStart = trigger.sentenceStart();
      Matcher breaks =
          Trigger.CLAUSE_BREAK.matcher(text).region(trigger.sentenceStart(), trigger.start());
      while (breaks.find()) {
        clauseStart = breaks.end();
      }
      return region(nouns, text, clauseStart, trigger.start()).find();
    }
    return subjects.stream()
        .anyMatch(
            s ->
                s.end() <= trigger.start()
                    && text.startsWith("'s", s.end())
                    && region(nouns, text, s.end() + 2, trigger.start()).find());
  }
}
