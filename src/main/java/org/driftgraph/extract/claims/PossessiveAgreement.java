package org.driftgraph.extract.claims;

import static org.driftgraph.extract.claims.Regions.region;

import java.util.regex.Pattern;
import org.driftgraph.model.RelationType;

/**
 * The possessive on an English ban's patient says what kind of owner it has: "its accounts were
 * suspended", "removed its channel" are the accounts of a group, an outlet or a movement, never of
 * a person, even when a person is the nearest name ("the movement, whose spokesman ..., had its
 * accounts suspended" bans the movement, not the spokesman). "His" and "her" are left to the
 * subject search as they are.
 */
final class PossessiveAgreement {
  /** "its" before a unit noun, up to two words between ("its two remaining channels"). */
  private static final Pattern NEUTER_UNIT =
      Pattern.compile(
          "(?<![\\p{L}'’])its (?:\\S+ ){0,2}?(?:accounts?|channels?|pages?|profiles?|servers?|groups?"
              + "|sites?|websites?|apps?|feeds?|podcasts?|videos?|handles?|presence)(?![\\p{L}])");

  /** Words after an active trigger where its patient stands ("suspended all of its accounts"). */
  private static final int AFTER_WORDS = 5;

  /** Words before a passive trigger ("a cluster of its accounts was suspended"). */
  private static final int BEFORE_WORDS = 7;

  private final boolean neuterPatient;

  PossessiveAgreement(Trigger trigger) {
    this.neuterPatient =
        "en".equals(trigger.language())
            && trigger.relation() == RelationType.BANNED_BY
            && (region(
                        NEUTER_UNIT,
                        trigger.text(),
                        trigger.end(),
                        trigger.wordsForward(trigger.end(), AFTER_WORDS))
                    .find()
                || region(
                        NEUTER_UNIT,
                        trigger.text(),
                        trigger.wordsBack(trigger.start(), BEFORE_WORDS),
                        trigger.start())
                    .find());
  }

  /** The subject may own the patient: no person owns what "its" names. */
  boolean agrees(Ref subject) {
    return !(neuterPatient && Trigger.isPerson(subject.entity()));
  }
}
