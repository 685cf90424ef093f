package org.driftgraph.extract.claims;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The noun of an Arabic anaphor and the names the text presented with that noun: الوكالة stands for
 * the name written وكالة «ثبات», الكتائب for كتائب سيد الشهداء, الجماعة for جماعة نصرة الإسلام,
 * rather than for a research foundation or a movement named between them (مؤسسة «مدار» لدراسات
 * التطرف، هيئة الحشد الشعبي). The words are read from the text, so no noun is listed here: the
 * anaphor's own last word, without its article and proclitics, is the noun looked for.
 */
final class SameNoun {
  /**
   * The proclitics and article an Arabic noun may carry in normalized text (و، ف، ب، ل، ك، ال، لل).
   */
  private static final String PROCLITICS = "[وف]?(?:[بلك]?ال|لل|[بلك])?";

  private static final Pattern ARABIC_WORD = Pattern.compile("\\p{IsArabic}+");

  /** What separates the words of a name: space, quotes, brackets. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s«»\"“”()]+");

  /** How many words before a name may hold the noun that presents it (وكالة الأنباء «X»). */
  private static final int WORDS_BEFORE = 2;

  private SameNoun() {}

  /** The noun of an Arabic anaphor (للكتائب → كتائب, الوكاله → وكاله); empty for other text. */
  static Optional<String> of(String anaphorText) {
    String[] words = SEPARATORS.split(anaphorText.strip());
    String last = words[words.length - 1];
    if (!ARABIC_WORD.matcher(last).matches()) {
      return Optional.empty();
    }
    java.util.regex.Matcher article = Pattern.compile("^[وف]?(?:[بلك]?ال|لل)").matcher(last);
    if (!article.find() || article.end() >= last.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(last.substring(article.end()));
  }

  /**
   * True when the name at {@code start..end} of {@code text} is presented with {@code noun}: its
   * first word is the noun (وكالة «ثبات»، كتائب سيد الشهداء) or one of the two words before it is.
   */
  static boolean presents(String text, int start, int end, String noun) {
    Pattern word = Pattern.compile(PROCLITICS + Pattern.quote(noun));
    String[] own = SEPARATORS.split(text.substring(start, end).strip());
    if (own.length > 0 && word.matcher(own[0]).matches()) {
      return true;
    }
    String[] before = SEPARATORS.split(text.substring(Math.max(0, start - 40), start).strip());
    for (int i = Math.max(0, before.length - WORDS_BEFORE); i < before.length; i++) {
      if (word.matcher(before[i]).matches()) {
        return true;
      }
    }
    return false;
  }
}
