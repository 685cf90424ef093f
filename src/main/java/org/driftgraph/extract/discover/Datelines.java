package org.driftgraph.extract.discover;

import java.util.List;
import java.util.regex.Pattern;
import org.driftgraph.model.Mention;
import org.driftgraph.text.WorkCount;

/**
 * The credit line of a wire story: "WASHINGTON (Wire) —", "MAPUTO/LONDON (Reuters) -", "MOGADISHU,
 * May 22 (Wire) -". The name in its brackets is the news service that filed the story, not
 * something the story is about, and a short platform name there ("Wire") is no mention at all.
 */
public final class Datelines {
  /** A line's start: place names in capitals, then the bracket, then a dash. */
  private static final Pattern PLACE =
      Pattern.compile("(?:^|\\n)[ \\t]*[\\p{Lu}][\\p{Lu} ./,'-]*[ \\t]*\\($");

  /** The day a dateline may give between its places and the bracket: ", May 22 (". */
  private static final Pattern DAY = Pattern.compile(", ?\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}[ \\t]*$");

  /** The longest day {@link #DAY} reads: ", September 30 ". */
  private static final int LONGEST_DAY = 18;

  private static final Pattern DASH = Pattern.compile("^\\)[ \\t]*[—–-]");

  private Datelines() {}

  /** {@code mentions} without those that fill the bracket of a dateline. */
  public static List<Mention> withoutCredits(String text, List<Mention> mentions) {
    return mentions.stream().filter(m -> !isCredit(text, m)).toList();
  }

  /**
   * Looks back only over the characters a dateline's place can hold, from the bracket before the
   * mention: the whole line up to each mention (with no line breaks, the whole text up to it) made
   * the check quadratic in the text's length, 100,000 names on one line never finished.
   */
  private static boolean isCredit(String text, Mention mention) {
    int bracket = mention.start() - 1;
    if (bracket < 0
        || text.charAt(bracket) != '('
        || !DASH.matcher(text.substring(mention.end(), Math.min(text.length(), mention.end() + 4)))
            .find()) {
      return false;
    }
    int placeEnd = dayStart(text, bracket);
    int lineStart = placeEnd;
    while (lineStart > 0 && mayBeInPlace(text.charAt(lineStart - 1))) {
      lineStart--;
    }
    WorkCount.add(bracket - lineStart + 1L);
    if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      return false;
    }
    return PLACE.matcher(text.substring(lineStart, placeEnd) + "(").find();
  }

  /** Where the day before the bracket at {@code bracket} starts, or the bracket when none does. */
  private static int dayStart(String text, int bracket) {
    if (bracket < 2
        || !Character.isDigit(text.charAt(bracket - 1))
            && !Character.isDigit(text.charAt(bracket - 2))) {
      return bracket;
    }
    int from = Math.max(0, bracket - LONGEST_DAY);
    WorkCount.add(bracket - from);
    java.util.regex.Matcher day = DAY.matcher(text.substring(from, bracket));
    return day.find() ? from + day.start() : bracket;
  }

  /** A character {@link #PLACE} allows between a line's start and the bracket (a superset). */
  private static boolean mayBeInPlace(char c) {
    return " \t./,'-".indexOf(c) >= 0
        || Character.getType(c) == Character.UPPERCASE_LETTER
        || Character.isSurrogate(c);
  }
}
