package org.driftgraph.extract.discover;

import java.util.Set;
import org.driftgraph.model.EntityType;

/**
 * What a description set off by a comma after an unknown name may open with, and when the name may
 * be a sentence's first word (issue 11, round 15), for {@link EnglishCues}' appositions:
 *
 * <ul>
 *   <li>an owner's possessive is a determiner as "the" is: "Velo, Norvik's own video service" names
 *       a service as "Velo, the Norvik video service" does;
 *   <li>a compound head ("the crowdfunding platform") or an outlet's head followed by "of"
 *       describes the name before it with no adjective: "Lanternfall, the media wing of the Ridge
 *       Front" is the wing itself, not a part of something it names;
 *   <li>a name that opens a sentence is read when the article also writes it inside a sentence,
 *       capitalised: "Later, the platform said" has no second "Later", "Quillo, the events
 *       platform" has "tickets went to Quillo" elsewhere.
 * </ul>
 */
final class ApposedNames {
  private ApposedNames() {}

  /**
   * Word k opens a definite description: one of {@code definite} ("the", "its") or a capitalised
   * possessive followed by a space ("Norvik's own service").
   */
  static boolean opensDefinite(TokenizedText text, int k, Set<String> definite) {
    if (definite.contains(text.word(k).text())) {
      return true;
    }
    return LatinRuns.startsName(text, k)
        && LatinRuns.isPossessive(text.word(k))
        && k + 1 < text.size()
        && text.spaceBefore(k + 1);
  }

  /** ", " or a quoted name's closing mark and ", " ("the "Sandline Aid Fund", a charity"). */
  static boolean isAppositionComma(String gap) {
    return gap.equals(",")
        || gap.length() == 2 && "\"”’'".indexOf(gap.charAt(0)) >= 0 && gap.charAt(1) == ',';
  }

  /**
   * The comma written inside the closing quotation mark, as American style does ("the "Elm Street
   * Watch," a local militia"): an apposition only when the quotation opens right before the name
   * ({@code before}, the gap before its first word), so the quotation is the name and not the end
   * of someone's words ("... the Free Speech Union," a spokesman said).
   */
  static boolean isQuotedNameComma(String gap, String before) {
    return gap.length() == 2
        && gap.charAt(0) == ','
        && "\"”".indexOf(gap.charAt(1)) >= 0
        && !before.isEmpty()
        && "\"“".indexOf(before.charAt(before.length() - 1)) >= 0;
  }

  /**
   * A head that describes an unknown name with no adjective before it: a head of two words or more
   * ("Pagely, the crowdfunding platform": a compound says what kind of service it is, where "Gab,
   * the platform" only refers to one) or an outlet's head before "of" ({@link #isOutletOf}).
   */
  static boolean describes(Cue cue, TokenizedText text, int after) {
    return cue.words().indexOf(' ') > 0 || isOutletOf(cue, text, after);
  }

  /** "the media wing of": an outlet's head right before "of" (word {@code after}). */
  static boolean isOutletOf(Cue cue, TokenizedText text, int after) {
    return cue.type() == EntityType.OUTLET
        && after < text.size()
        && text.spaceBefore(after)
        && text.word(after).lower().equals("of");
  }

  /**
   * The name of words [first, end) may be read though it may open a sentence: it does not open one,
   * or it has two words and the first is a name word, or the article writes its first word
   * capitalised inside a sentence elsewhere.
   */
  static boolean mayOpenName(TokenizedText text, DiscoveryLexicon lexicon, int first, int end) {
    if (!LatinRuns.startsSentence(text, first)) {
      return true;
    }
    if (lexicon.isNotName("en", text.word(first).lower())) {
      return false;
    }
    return end - first >= 2 || writtenInsideSentence(text, first);
  }

  private static boolean writtenInsideSentence(TokenizedText text, int first) {
    return text.wordsInsideSentences().contains(text.word(first).text());
  }
}
