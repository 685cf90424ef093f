package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import org.driftgraph.extract.rules.TriggerRule;

/** A trigger of {@code rule} matched in the normalized text. */
record Hit(TriggerRule rule, int start, int end) {

  /**
   * What the rule requires after its trigger follows within {@code requiresWithin} characters,
   * inside the sentence ending at {@code sentenceEnd} (a حملة is a ban only "ضد" someone); true for
   * a rule that requires nothing.
   */
  boolean requirementMet(String text, int sentenceEnd) {
    return rule.requires() == null
        || region(rule.requires(), text, end, Math.min(sentenceEnd, end + rule.requiresWithin()))
            .find();
  }
}
