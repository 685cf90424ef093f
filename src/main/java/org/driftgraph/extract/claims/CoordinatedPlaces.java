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
  /**
   * From the end of the first place to the second platform: up to two more words of the first place
   * ("channel", "broadcast channel"), the joiner, a place word, then up to two words of
   * determiners, possessives or modifiers ("a", "the group's", "its own").
   */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "[\\s\"'“”]*(?:[^\\s,.;:\"“”]+\\s+){0,2}?(?:and|or|as well as)\\s+(?:also\\s+)?"
              + "(?:in|on|via|through|across)\\s+(?:[^\\s,.;:\"“”]+\\s+){0,3}?[\"'“”]?");

  /**
   * The Arabic joiner و written onto the place word or onto the unit noun before it: وعلى حسابها
   * في، وحسابها على، وفي مجموعة على، وعبر; quotes around the names are allowed.
   */
  private static final Pattern ARABIC =
      Pattern.compile(
          "[\\s«»\"“”]*(?:[^\\s،,.؛:«»\"“”و][^\\s،,.؛:«»\"“”]*\\s+){0,1}?"
              + "و(?:(?:علي|عبر|في)\\s+(?:[^\\s،,.؛:«»\"“”]+\\s+){0,2}?(?:(?:علي|عبر|في)\\s+)?"
              + "|[^\\s،,.؛:«»\"“”]+\\s+(?:[^\\s،,.؛:«»\"“”]+\\s+)?(?:علي|عبر|في)\\s+)"
              + "(?:(?:منصه|تطبيق|موقع|شبكه|خدمه)\\s+)?[«\"“]?");

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
