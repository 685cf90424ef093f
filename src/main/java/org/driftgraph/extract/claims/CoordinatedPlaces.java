package org.driftgraph.extract.claims;

import java.util.regex.Pattern;

/**
 * A second place joined to the first place of an announcement: "announced it on Gab and in a
 * Telegram broadcast channel", "نشرت البيان على قناتها في تيليغرام وعلى حسابها في إكس". The second
 * platform stands after its own place word with a unit noun or a determiner between ("in a", "in
 * the group's", وحسابها في), which the place-word check of a single place does not reach; the
 * joiner right before that place word says the statement was made there too. Only for relations
 * whose objects must stand after a place word (announcements), and never across a comma: "on Gab,
 * and in a Telegram group members argued" starts a clause of its own. The text is the folded one
 * (Latin lower case, Arabic normalized: على is written علي).
 */
final class CoordinatedPlaces {
  /** One English word and the space after it, within a clause. */
  private static final String EN_WORD = "[^\\s,.;:\"“”]+\\s+";

  /** One Arabic word and the space after it, within a clause. */
  private static final String AR_WORD = "[^\\s،,.؛:«»\"“”]+\\s+";

  /** The Arabic place words, as folded (على is written علي). */
  private static final String AR_PLACE = "(?:علي|عبر|في)\\s+";

  /**
   * From the end of the first place to the second platform: up to two more words of the first place
   * ("channel", "broadcast channel"), the joiner, a place word, then up to three words of
   * determiners, possessives or modifiers ("a", "the group's", "its own").
   */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "[\\s\"'“”]*(?:"
              + EN_WORD
              + "){0,2}?(?:and|or|as well as)\\s+(?:also\\s+)?(?:in|on|via|through|across)\\s+(?:"
              + EN_WORD
              + "){0,3}?[\"'“”]?");

  /**
   * The Arabic joiner و written onto the place word or onto the unit noun before it: وعلى حسابها
   * في، وحسابها على، وفي مجموعة على، وعبر; one more word of the first place may come before it, and
   * a platform noun (منصة، تطبيق) and quotes before the name.
   */
  private static final Pattern ARABIC =
      Pattern.compile(
          "[\\s«»\"“”]*(?:(?!و)"
              + AR_WORD
              + ")?و(?:"
              + AR_PLACE
              + "(?:"
              + AR_WORD
              + "){0,2}?(?:"
              + AR_PLACE
              + ")?|"
              + AR_WORD
              + "(?:"
              + AR_WORD
              + ")?"
              + AR_PLACE
              + ")(?:(?:منصه|تطبيق|موقع|شبكه|خدمه)\\s+)?[«\"“]?");

  private CoordinatedPlaces() {}

  /**
   * Whether the text from {@code from} (the end of the first place's platform) to {@code to} (the
   * start of another platform) joins a second place to the first.
   */
  static boolean joins(String text, String language, int from, int to) {
    if (from >= to) {
      return false;
    }
    String between = text.substring(from, to);
    return ("ar".equals(language) ? ARABIC : ENGLISH).matcher(between).matches();
  }
}
