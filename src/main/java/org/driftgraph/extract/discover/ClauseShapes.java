package org.driftgraph.extract.discover;

import java.util.List;
import java.util.regex.Pattern;
import org.driftgraph.text.ArabicAffixes;

/**
 * A quoted or cued span shaped like a phrase or a clause is what someone said or how a thing was
 * described, not a name, and must never become an entity (nor, later, the antecedent of الشركة or
 * المؤسسة). Names of several words start with a noun, carry no attached pronoun and, in Latin
 * script, have at least one capital.
 */
final class ClauseShapes {
  /**
   * A quoted Arabic phrase that opens with an imperfect verb of a three-letter root (يعمل بشكل
   * طبيعي، تطبق معايير مزدوجة، يبدو ...) is what someone said, not a name: a name of several words
   * starts with a noun. Folded text: ي or ت and three letters, no long vowel after the prefix and
   * no alif after it (تشات "chat" is a name word).
   */
  private static final Pattern IMPERFECT_VERB =
      Pattern.compile("[وف]?[يت][\\p{IsArabic}&&[^اوي]][\\p{IsArabic}&&[^ا]]{2}");

  /** Fathatan, dammatan, kasratan (U+064B..U+064D). */
  private static final int TANWEEN_FIRST = 0x064B;

  private static final int TANWEEN_LAST = 0x064D;

  private static final char DAMMA = '\u064F';

  private static final char KASRA = '\u0650';

  /** The ending of a perfect verb whose subject is feminine (حُذفت "it was removed"). */
  private static final String FEMININE_T = "ت";

  /**
   * Letters a word needs before an attached pronoun counts: a stem of three letters and ها/هم
   * (بحسابها "its account"), while a short given name that happens to end so (مها) stays a name.
   */
  private static final int MIN_POSSESSIVE_WORD_LETTERS = 5;

  private final ArabicAffixes affixes;

  ClauseShapes(ArabicAffixes affixes) {
    this.affixes = affixes;
  }

  /**
   * {@code surface} as the article writes it, {@code words} its folded words: an Arabic span whose
   * first word has tanween (دليلاً تقنياً, an indefinite noun; a later word may: an adverb ends
   * some names, as "first" does in a party's name), that opens with an imperfect verb, or in which
   * a word of several words carries an attached pronoun (بعد إغلاق حسابها, "after its account
   * closed": the pronoun points outside the span, which a name never does).
   */
  boolean isArabicPhrase(String surface, List<String> words) {
    if (hasTanween(surface.strip().split("\\s+")[0])) {
      return true;
    }
    if (words.size() < 2) {
      return isPassiveVerb(surface.strip());
    }
    return IMPERFECT_VERB.matcher(words.get(0)).matches()
        || words.stream()
            .anyMatch(w -> w.length() >= MIN_POSSESSIVE_WORD_LETTERS && affixes.endsPossessive(w));
  }

  /**
   * A Latin span of several words none of which has a capital ("not a safe place", "back soon") is
   * a phrase: names in Latin script capitalise at least one word (de Volkskrant, iPhone).
   */
  static boolean isLatinPhrase(String surface) {
    String[] words = surface.strip().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    boolean latin = surface.codePoints().filter(Character::isLetter).allMatch(ClauseShapes::latin);
    return latin && surface.codePoints().noneMatch(Character::isUpperCase);
  }

  private static boolean latin(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /**
   * A word vowelled as a passive perfect verb: a damma on its first letter and a kasra after it, or
   * the feminine ending ت (حُذفت، أُغلِق، عُلّقت). Writers mark the passive so when they quote the
   * verb a statement used ("the channel «was removed»"); a name is not vowelled that way, and a
   * verb read as a name becomes an actor of the claims around it.
   */
  private static boolean isPassiveVerb(String word) {
    if (word.length() < 2 || word.codePoints().anyMatch(Character::isWhitespace)) {
      return false;
    }
    if (word.charAt(1) != DAMMA) {
      return false;
    }
    String letters =
        word.codePoints()
            .filter(Character::isLetter)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return word.indexOf(KASRA) > 1 || letters.endsWith(FEMININE_T) && letters.length() <= 5;
  }

  private static boolean hasTanween(String word) {
    return word.codePoints().anyMatch(c -> c >= TANWEEN_FIRST && c <= TANWEEN_LAST);
  }
}
