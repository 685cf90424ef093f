package org.driftgraph.extract.discover;

import java.util.List;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.extract.rules.TriggerRule;

/**
 * A one-word Arabic candidate that a trigger of the rules matches whole is a conjugated verb or a
 * verbal noun of the relations, not a name: حذفت (she removed), نشروا (they published), انتقالها
 * (its move). A cue slot or a pair of quotes around such a word (ثم «حذفت» الشركة ...) misleads
 * discovery, and a verb read as a group then becomes the subject of the very ban it states.
 *
 * <p>The guard asks the trigger patterns themselves, which already spell every stem with its
 * proclitics and suffixes ({@code {V}حذف{VS}}), so it covers every form the extractor reads as a
 * trigger and no list of seen words. A trigger pattern that needs context around its word (a
 * lookahead, a second word) matches no lone word and rejects nothing.
 */
final class TriggerWordNames {
  private final List<Pattern> patterns;

  TriggerWordNames(RuleSet rules) {
    this.patterns = rules.triggers().stream().map(TriggerRule::pattern).toList();
  }

  /** {@code word} (one normalized Arabic word) is itself a trigger of some relation. */
  boolean isTriggerWord(String word) {
    for (Pattern pattern : patterns) {
      if (pattern.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }
}
