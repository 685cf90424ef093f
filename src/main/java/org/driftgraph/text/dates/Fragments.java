package org.driftgraph.text.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regular-expression pieces the date rules share, built from the date words. */
final class Fragments {
  /** Nothing alphanumeric just before. */
  static final String BEGIN = "(?<![\\p{L}\\p{N}])";

  /** Nothing alphanumeric just after. */
  static final String END = "(?![\\p{L}\\p{N}])";

  /** A number that does not continue as 2,000 or 3.5 or 12:30. */
  static final String NUMBER_END = "(?![\\p{N}])(?![.,:/\u066B\u066C]\\p{N})";

  /** Nothing numeric glued in front (1.5, 3/4): the start of a number of its own. */
  static final String NUMBER_BEGIN = "(?<![\\p{N}][.,:/\u066B\u066C])";

  static final String OF = "(?:(?:من|of) )?";
  static final String ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";

  /** Triggers: what a date of each kind must contain, so rules are tried only near one. */
  static final Pattern DIGIT = Pattern.compile("\\d");

  static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

  /** Clitics Arabic writes on the front of a word (و ف ب ل); kept out of the mention. */
  final String clitics;

  /** The one clitic a day number may carry (و ب ل). */
  final String dayClitic;

  final String month;
  final String monthPair;
  final String yearSlot;
  final String yearSeparator;
  final String day;
  final String weekdayPrefix;
  final String directions;
  final String links;

  Fragments(DateWords words) {
    clitics = words.clitics.regex();
    dayClitic = words.clitics.dayRegex();
    String months = words.months.regex();
    month = "(?<m>" + months + ")(?![\\p{L}])(?:\\.(?= ?\\d))?";
    monthPair = month + "(?: ?/ ?" + months + "(?![\\p{L}])| ?\\( ?" + months + " ?\\))?";
    yearSlot =
        "(?:(?<y>\\d{4})(?:م)?"
            + END
            + NUMBER_END
            + "|(?<ry>"
            + words.relativeYears.regex()
            + ")"
            + END
            + ")";
    yearSeparator = "(?: ?[/,،] ?| )" + OF + "(?:" + words.yearNouns.regex() + " )?";
    day =
        "(?:(?:the )?(?<dn>\\d{1,2})"
            + ORDINAL_SUFFIX
            + "(?![\\p{N}])"
            + "|ال ?(?<dl>\\d{1,2})(?![\\p{N}])"
            + "|(?:the )?(?<dw>"
            + words.ordinalDays.regex()
            + "))";
    weekdayPrefix = "(?:(?:يوم )?" + words.weekdays.regex() + " ?[,،]? ?)?";
    directions = words.directions.regex();
    links = words.yearRangeLinks.regex();
  }

  /** A trigger for any of {@code phrases}. */
  Pattern trigger(Phrases<?>... phrases) {
    List<String> keys = new ArrayList<>();
    for (Phrases<?> words : phrases) {
      keys.addAll(words.keys());
    }
    return Pattern.compile(BEGIN + clitics + Phrases.alternation(keys));
  }

  static Pattern compile(String regex) {
    return Pattern.compile(regex);
  }

  /** The value of a number group, or null when the group did not take part. */
  static Integer number(Matcher m, String group) {
    String digits = m.group(group);
    return digits == null ? null : Integer.valueOf(digits);
  }
}
