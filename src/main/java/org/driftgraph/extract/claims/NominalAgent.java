package org.driftgraph.extract.claims;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.driftgraph.text.ArabicNormalization;

/**
 * The doer of a verbal noun named in a by-phrase after its patient (issue 11, session 16): "the
 * suspension of the outlet's domain by a registrar", "تعليق نطاق الموقع من قبل شركة X". A company
 * is an object of a ban only as the one that acts ({@link ObjectSearch}): the subject of the verb
 * or a "by" right after it. A verbal noun puts its patient between itself and its "by", so the "by"
 * may stand further away, as long as the words between are one noun phrase: no punctuation and no
 * relative pronoun, and no participle right before the "by" (in "the removal of accounts run by X"
 * the "by" names who runs the accounts). In English the patient follows "of"; Arabic writes it
 * right after the noun, and a passive verb (حُذفت الحسابات من قبل) is spelled as the active one, so
 * its doer is read the same way.
 */
final class NominalAgent {
  /** Words at most between the noun and its doer: the noun phrase of the patient and the "by". */
  private static final int MAX_WORDS = 8;

  /** Title words at most between the "by" and the name ("شركة", "the registrar"). */
  private static final int TITLE_WORDS = 2;

  /** An English verbal noun's patient: "of" right after the trigger. */
  private static final Pattern ENGLISH_PATIENT = Pattern.compile("^\\s+of\\s");

  /** Punctuation or a relative pronoun: a clause of its own between the noun and the "by". */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          "[,،.;؛:()]|\\b(?:that|which|who|whose|after|before|when|while)\\b"
              + "|(?:^|\\s)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|عندما|حين)(?=\\s|$)");

  /** An English participle by its ending ("operated by", "taken by"). */
  private static final Pattern ENGLISH_PARTICIPLE = Pattern.compile("[a-z]{2,}(?:ed|en)");

  /** Irregular English and Arabic participles (participles-before-agent.txt), folded. */
  private static final Set<String> PARTICIPLES =
      EnglishAppositions.readWords("/extract/claims/participles-before-agent.txt").stream()
          .map(word -> ArabicNormalization.normalize(word).normalized())
          .collect(Collectors.toUnmodifiableSet());

  private NominalAgent() {}

  /** True when the name at {@code refStart} is the doer of the trigger, named after its patient. */
  static boolean namesDoerAfterPatient(Trigger trigger, int refStart) {
    if (refStart <= trigger.end() || trigger.wordsBetween(trigger.end(), refStart) > MAX_WORDS) {
      return false;
    }
    String between = trigger.text().substring(trigger.end(), refStart);
    if (CLAUSE_BREAK.matcher(between).find()) {
      return false;
    }
    Matcher marker = agentMarker(trigger, between);
    if (marker == null) {
      return false;
    }
    if (!"ar".equals(trigger.language()) && !ENGLISH_PATIENT.matcher(between).find()) {
      return false;
    }
    String phrase = between.substring(0, marker.start()).strip();
    if (phrase.isEmpty()) {
      return false;
    }
    String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
    return !PARTICIPLES.contains(last) && !ENGLISH_PARTICIPLE.matcher(last).matches();
  }

  /**
   * The "by" at the end of the text before the name, or before its title words ("من قبل شركة X",
   * "by the registrar X": at most {@value #TITLE_WORDS} words); null when there is none.
   */
  private static Matcher agentMarker(Trigger trigger, String between) {
    String before = between.stripTrailing();
    for (int dropped = 0; dropped <= TITLE_WORDS; dropped++) {
      Matcher marker = trigger.grammar().endsWithAgentMarker.matcher(before);
      if (marker.find()) {
        return marker;
      }
      int space = before.lastIndexOf(' ');
      if (space < 0) {
        return null;
      }
      before = before.substring(0, space).stripTrailing();
    }
    return null;
  }
}
