package org.driftgraph.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells Arabic from English from anything else, for documents that do not say their language. */
public final class LanguageDetector {
  public static final Set<String> LANGUAGES = Set.of("ar", "en", "other");

  /**
   * Arabic news quotes Latin names (TamTam, Telegram, URLs) but stays mostly Arabic script, while
   * an English article quoting Arabic names rarely passes a few percent; 0.3 sits well between the
   * two.
   */
  private static final double ARABIC_MIN_SHARE = 0.3;

  /** English prose is Latin script nearly throughout; below this it is mixed, not English. */
  private static final double LATIN_MIN_SHARE = 0.7;

  /**
   * Function words make up a third or more of running English text, and well under a tenth of
   * French, German or Spanish text that happens to share "a", "in" or "on"; 0.12 separates them.
   */
  private static final double ENGLISH_FUNCTION_WORD_MIN_SHARE = 0.12;

  /** Too few words for a share to mean anything (a title, a caption): one function word will do. */
  private static final int MIN_WORDS_FOR_FUNCTION_TEST = 8;

  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "in", "a", "an", "is", "was", "were", "are", "be", "been",
          "that", "this", "for", "on", "with", "as", "by", "at", "from", "it", "its", "has", "have",
          "had", "not", "but", "or", "which", "who", "their", "they", "he", "she", "his", "her",
          "said", "after", "into", "than", "also", "will", "would");
  private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}']+");

  private LanguageDetector() {}

  /** "ar", "en" or "other". */
  public static String detect(String text) {
    LetterCounts counts = LetterCounts.of(text);
    if (counts.letters == 0) {
      return "other";
    }
    if ((double) counts.arabic / counts.letters > ARABIC_MIN_SHARE) {
      return "ar";
    }
    if ((double) counts.latin / counts.letters >= LATIN_MIN_SHARE && readsAsEnglish(text)) {
      return "en";
    }
    return "other";
  }

  /** Share of Arabic-script letters among all letters, 0 when there are no letters. */
  static double arabicShare(String text) {
    LetterCounts counts = LetterCounts.of(text);
    return counts.letters == 0 ? 0 : (double) counts.arabic / counts.letters;
  }

  private static boolean readsAsEnglish(String text) {
    int words = 0;
    int functionWords = 0;
    var matcher = LATIN_WORD.matcher(text);
    while (matcher.find()) {
      words++;
      if (ENGLISH_FUNCTION_WORDS.contains(matcher.group().toLowerCase(Locale.ROOT))) {
        functionWords++;
      }
    }
    if (words < MIN_WORDS_FOR_FUNCTION_TEST) {
      return functionWords > 0;
    }
    return (double) functionWords / words >= ENGLISH_FUNCTION_WORD_MIN_SHARE;
  }

  private record LetterCounts(int letters, int arabic, int latin) {
    static LetterCounts of(String text) {
      int letters = 0;
      int arabic = 0;
      int latin = 0;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        i += Character.charCount(codePoint);
        if (!Character.isLetter(codePoint)) {
          continue;
        }
        letters++;
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.ARABIC) {
          arabic++;
        } else if (script == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
      return new LetterCounts(letters, arabic, latin);
    }
  }
}
