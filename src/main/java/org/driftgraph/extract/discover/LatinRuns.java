package org.driftgraph.extract.discover;

import java.util.Set;
import org.driftgraph.extract.discover.TokenizedText.Script;
import org.driftgraph.extract.discover.TokenizedText.Word;

/**
 * Runs of Latin words that {@link EnglishCues} reads: cue phrases in lower case, the items of a
 * list of names, the end of a company name written with an abbreviated suffix.
 */
final class LatinRuns {
  private static final Set<String> ABBREVIATED_SUFFIXES = Set.of("Inc", "Corp", "Ltd", "Co");

  private LatinRuns() {}

  /**
   * Where a name ending at word k ends: after the full stop of an abbreviated company suffix
   * ("Minds Inc.", "Velmark Corp."), which is part of the name as companies write it.
   */
  static int abbreviationEnd(TokenizedText text, int k) {
    int end = text.word(k).end();
    boolean dotted = end < text.text().length() && text.text().charAt(end) == '.';
    return dotted && ABBREVIATED_SUFFIXES.contains(text.word(k).text()) ? end + 1 : end;
  }

  /** "Hoop, BCM and Chirpwire": the word where the next item starts, or past the end. */
  static int nextListItem(TokenizedText text, int j) {
    if (j >= text.size()) {
      return j;
    }
    String gap = text.gapBefore(j).strip();
    String word = text.word(j).lower();
    if (gap.equals(",") && (word.equals("and") || word.equals("or"))) {
      return j + 1;
    }
    if (gap.equals(",")) {
      return j;
    }
    if (gap.isEmpty() && (word.equals("and") || word.equals("or")) && text.spaceBefore(j)) {
      return j + 1;
    }
    return text.size();
  }

  /**
   * Words i..i+n-1 are lower-case Latin words, the first after a space, the rest joined by spaces.
   */
  static boolean isLowerLatinRun(TokenizedText text, int i, int n) {
    for (int k = i; k < i + n; k++) {
      Word word = text.word(k);
      if (word.script() != Script.LATIN
          || !word.text().equals(word.lower())
          || (k > i && !text.spaceBefore(k))) {
        return false;
      }
    }
    return true;
  }

  static String phrase(TokenizedText text, int i, int n) {
    StringBuilder words = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      words.append(k > i ? " " : "").append(text.word(k).text());
    }
    return words.toString();
  }
}
