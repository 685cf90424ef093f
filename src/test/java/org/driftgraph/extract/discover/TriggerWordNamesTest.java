package org.driftgraph.extract.discover;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.text.ArabicNormalization;
import org.junit.jupiter.api.Test;

class TriggerWordNamesTest {
  private static final TriggerWordNames WORDS =
      new TriggerWordNames(RuleSet.load(Path.of("import", "rules")));

  private static boolean isTrigger(String word) {
    return WORDS.isTriggerWord(ArabicNormalization.normalize(word).normalized());
  }

  @Test
  void conjugatedRemovalAndMoveVerbsAreTriggerWords() {
    // a feminine past, a plural past, an imperfect with its prefix: forms the stems already spell
    assertTrue(isTrigger("حذفت"));
    assertTrue(isTrigger("أغلقوا"));
    assertTrue(isTrigger("انتقلت"));
  }

  @Test
  void namesAndOrdinaryWordsAreNot() {
    assertFalse(isTrigger("تيليغرام"));
    assertFalse(isTrigger("الشباب"));
    assertFalse(isTrigger("مرصد"));
  }
}
