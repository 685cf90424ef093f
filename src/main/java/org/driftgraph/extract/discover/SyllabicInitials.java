package org.driftgraph.extract.discover;

import java.util.List;
import java.util.Locale;

/**
 * Short names built from the first letters or syllables of a name's words (issue 11, round 12):
 * RANPAL for Radio Nacional Patria Libre (RA-N-PA-L), FARC, Mossad-style acronyms that take one to
 * three letters of each capitalised word, in order. Every capitalised word gives at least its first
 * letter; lower-case particles (de, of, al) may give theirs or nothing. Only short names written in
 * capitals qualify, so a word ("Telegram (Monday)") never does.
 */
final class SyllabicInitials {
  private static final int MAX_SYLLABLE = 3;
  private static final int MIN_LETTERS = 3;

  private SyllabicInitials() {}

  /** True when {@code initials}, all capitals, abbreviate {@code words} syllable by syllable. */
  static boolean abbreviate(List<String> words, String initials) {
    if (initials.length() < MIN_LETTERS
        || !initials.chars().allMatch(c -> c >= 'A' && c <= 'Z')
        || words.size() < 2) {
      return false;
    }
    return matches(words, 0, initials, 0);
  }

  private static boolean matches(List<String> words, int w, String initials, int p) {
    if (p == initials.length()) {
      return words.subList(w, words.size()).stream().allMatch(SyllabicInitials::isParticle);
    }
    if (w == words.size()) {
      return false;
    }
    String word = words.get(w);
    if (isParticle(word) && matches(words, w + 1, initials, p)) {
      return true;
    }
    String upper = word.toUpperCase(Locale.ROOT);
    for (int length = 1;
        length <= Math.min(MAX_SYLLABLE, upper.length()) && p + length <= initials.length();
        length++) {
      if (!upper.regionMatches(0, initials, p, length)) {
        return false;
      }
      if (matches(words, w + 1, initials, p + length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParticle(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }
}
