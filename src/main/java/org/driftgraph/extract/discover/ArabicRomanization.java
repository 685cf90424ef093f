package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The English spelling the press gives an Arabic personal name, for the ids of persons discovered
 * in Arabic: محمد علي الحوثي becomes "Mohammed Ali al-Houthi", so that the id is the one an English
 * article and the annotated sets use, not a letter transliteration (mhmd-ly). Known words come from
 * {@code romanized-names.txt}; a word it does not list is spelled from the consonants of {@code
 * romanized-letters.txt} with the long vowels written and a short "a" where the press would need a
 * vowel to read it (سمان: Saman), which is a guess but the same guess in every article.
 */
final class ArabicRomanization {
  private static final String ARTICLE = "ال";
  private static final String ABD = "عبد";
  private static final String ALLAH = "الله";
  private static final String NOT_WRITTEN = "-";
  private static final Map<String, String> WORDS = new HashMap<>();
  private static final Map<Character, String> LETTERS = new HashMap<>();

  static {
    DiscoveryLexicon.read("romanized-names.txt", 2, f -> WORDS.put(fold(f.get(0)), f.get(1)));
    DiscoveryLexicon.read(
        "romanized-letters.txt",
        2,
        f -> {
          if (f.get(0).length() != 1) {
            throw new IllegalArgumentException("not one letter: " + f.get(0));
          }
          LETTERS.put(fold(f.get(0)).charAt(0), f.get(1).equals(NOT_WRITTEN) ? "" : f.get(1));
        });
  }

  private ArabicRomanization() {}

  /** The English spelling of an Arabic personal name, word by word. */
  static String romanize(String arabicName) {
    String[] words = fold(arabicName).trim().split("\\s+");
    List<String> latin = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String next = i + 1 < words.length ? words[i + 1] : null;
      if (word.equals(ABD) && next != null) {
        // عبد and its complement are one name (Abdullah, Abdel Rahman), written apart or joined.
        latin.add(compoundWithAbd(next));
        i++;
      } else if (ALLAH.equals(next)) {
        // A name ending in الله is one word in English: نصر الله, Nasrallah.
        latin.add(capitalized(word(word)) + "allah");
        i++;
      } else {
        latin.add(word(word));
      }
    }
    return String.join(" ", latin);
  }

  private static String compoundWithAbd(String complement) {
    String joined = WORDS.get(ABD + complement);
    if (joined != null) {
      return joined;
    }
    String rest =
        complement.startsWith(ARTICLE) ? complement.substring(ARTICLE.length()) : complement;
    return "Abdel " + capitalized(bare(rest));
  }

  private static String word(String word) {
    String known = WORDS.get(word);
    if (known != null) {
      return known;
    }
    if (word.startsWith(ABD) && word.length() > ABD.length() + ARTICLE.length()) {
      return compoundWithAbd(word.substring(ABD.length()));
    }
    if (word.startsWith(ARTICLE) && word.length() > ARTICLE.length() + 1) {
      return "al-" + capitalized(bare(word.substring(ARTICLE.length())));
    }
    return capitalized(bare(word));
  }

  /** A word without the article: listed, or spelled letter by letter. */
  private static String bare(String word) {
    String known = WORDS.get(word);
    return known != null ? known : spelled(word);
  }

  /**
   * Letter by letter. ا is "a"; final ى and ة are "a", final ي "i" (the nisba); و and ي are the
   * long vowels "ou" and "i" between a consonant and a consonant or the end, else the consonants w
   * and y. A short "a" is written where the press needs a vowel: after a first consonant that opens
   * the word before another consonant, between the last two consonants of a word that ends in two,
   * and in the middle of three bare consonants (حسن: Hasan, سعد: Saad).
   */
  static String spelled(String word) {
    int n = word.length();
    boolean[] consonant = new boolean[n];
    String[] latin = new String[n];
    for (int i = n - 1; i >= 0; i--) {
      char c = word.charAt(i);
      boolean last = i == n - 1;
      boolean beforeConsonant = last || consonant[i + 1];
      boolean afterConsonant = i > 0 && isConsonantLetter(word.charAt(i - 1));
      if (c == 'ا') {
        latin[i] = "a";
      } else if (c == 'ى' || c == 'ة') {
        latin[i] = last ? "a" : "";
      } else if (c == 'ي' && last && i > 0) {
        latin[i] = "i";
      } else if ((c == 'و' || c == 'ي') && afterConsonant && beforeConsonant) {
        latin[i] = c == 'و' ? "ou" : "i";
      } else {
        latin[i] = c == 'و' ? "w" : c == 'ي' ? "y" : LETTERS.getOrDefault(c, "");
        consonant[i] = true;
      }
    }
    boolean bareTriad = n == 3 && consonant[0] && consonant[1] && consonant[2];
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(latin[i]);
      boolean pair = consonant[i] && i + 1 < n && consonant[i + 1];
      if (pair && (i == 0 || i == n - 2 || bareTriad)) {
        out.append('a');
      }
    }
    return out.toString();
  }

  /** A letter that is a consonant wherever it stands (not ا و ي ى ة). */
  private static boolean isConsonantLetter(char c) {
    return c != 'ا' && c != 'و' && c != 'ي' && c != 'ى' && c != 'ة';
  }

  private static String capitalized(String latin) {
    return latin.isEmpty()
        ? latin
        : latin.substring(0, 1).toUpperCase(Locale.ROOT) + latin.substring(1);
  }

  /** Harakat, tatweel and the hamza seats of alif folded away, as the table is written. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640' || c == '\u0670') {
        continue;
      }
      out.append(c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ' ? 'ا' : c);
    }
    return out.toString();
  }
}
