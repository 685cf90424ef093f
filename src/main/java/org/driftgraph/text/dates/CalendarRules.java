package org.driftgraph.text.dates;

import static org.driftgraph.text.dates.Fragments.BEGIN;
import static org.driftgraph.text.dates.Fragments.END;
import static org.driftgraph.text.dates.Fragments.FOUR_DIGITS;
import static org.driftgraph.text.dates.Fragments.NUMBER_BEGIN;
import static org.driftgraph.text.dates.Fragments.NUMBER_END;
import static org.driftgraph.text.dates.Fragments.OF;
import static org.driftgraph.text.dates.Fragments.ORDINAL_SUFFIX;
import static org.driftgraph.text.dates.Fragments.compile;
import static org.driftgraph.text.dates.Fragments.number;

import java.time.Month;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.text.dates.DateExpression.ClockTime;
import org.driftgraph.text.dates.DateExpression.Direction;
import org.driftgraph.text.dates.DateExpression.Written;

/**
 * Dates written with a month name or in numbers: 29 November 2019, November 29, نوفمبر/تشرين الثاني
 * 2019, التاسع والعشرين من نوفمبر, 21 و24 نوفمبر, 2019-11-29, 29/11/2019, نوفمبر 2019 and a month
 * alone. Years alone and seasons are in {@link YearRules}.
 */
final class CalendarRules {
  private static final int FIRST_YEAR = 1900;
  private static final int LAST_YEAR = 2100;

  /** A year slot as read: written, relative to the time of writing, or absent (both null). */
  record YearRef(Integer year, Integer shift) {
    static final YearRef ABSENT = new YearRef(null, null);
  }

  private final DateWords words;
  private final Pattern iso;
  private final Pattern numeric;
  private final Pattern dayFirst;
  private final Pattern monthFirst;
  private final Pattern dayRange;
  private final Pattern monthFirstRange;
  private final Pattern monthYear;
  private final Pattern monthAlone;
  private final Pattern monthName;

  CalendarRules(DateWords words, Fragments f) {
    this.words = words;
    monthName = f.trigger(words.months);
    iso =
        compile(
            BEGIN
                + NUMBER_BEGIN
                + "(?<x>(?<y>\\d{4})(?<s>[ /.])(?<mo>\\d{1,2})\\k<s>(?<d>\\d{1,2})"
                + "(?:t(?<h>\\d{2}):(?<mi>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?<z>z|\\+\\d{2}:\\d{2})?)?)"
                + END
                + NUMBER_END);
    numeric =
        compile(
            BEGIN
                + NUMBER_BEGIN
                + "(?<x>"
                + f.weekdayPrefix
                + "(?<a>\\d{1,2})(?<s>[ /.])(?<b>\\d{1,2})\\k<s>(?<y>\\d{4}))"
                + END
                + NUMBER_END);
    dayFirst =
        compile(
            BEGIN
                + f.dayClitic
                + "(?<x>"
                + f.weekdayPrefix
                + f.day
                + "(?: ?/ ?| )"
                + OF
                + f.monthPair
                + "(?:"
                + f.yearSeparator
                + f.yearSlot
                + ")?)");
    monthFirst =
        compile(
            BEGIN
                + f.clitics
                + "(?<x>"
                + f.weekdayPrefix
                + f.monthPair
                + " ?(?<dn>\\d{1,2})"
                + ORDINAL_SUFFIX
                + END
                + NUMBER_END
                + "(?:(?: ?[,،] ?| )"
                + f.yearSlot
                + ")?)");
    dayRange =
        compile(
            BEGIN
                + f.dayClitic
                + "(?<x>(?:the )?\\d{1,2}"
                + ORDINAL_SUFFIX
                + "(?: ?(?:"
                + f.links
                + ") ?| )"
                + "(?<dn>\\d{1,2})"
                + ORDINAL_SUFFIX
                + "(?![\\p{N}]) "
                + OF
                + f.monthPair
                + "(?:"
                + f.yearSeparator
                + f.yearSlot
                + ")?)");
    monthFirstRange =
        compile(
            BEGIN
                + f.clitics
                + "(?<x>"
                + f.monthPair
                + " ?\\d{1,2}(?: ?(?:"
                + f.links
                + ") ?| )"
                + "(?<dn>\\d{1,2})"
                + END
                + NUMBER_END
                + "(?:(?: ?[,،] ?| )"
                + f.yearSlot
                + ")?)");
    monthYear =
        compile(BEGIN + f.clitics + "(?<x>" + f.monthPair + f.yearSeparator + f.yearSlot + ")");
    monthAlone =
        compile(
            BEGIN
                + "(?<cl>"
                + f.clitics
                + ")(?<x>(?:(?<d1>"
                + f.directions
                + ") )?"
                + f.monthPair
                + "(?: (?<d2>"
                + f.directions
                + ")"
                + END
                + ")?)(?![\\p{L}])(?! ?\\d)");
  }

  /** The patterns this class matches, for {@link RuleLiterals}. */
  List<Pattern> patterns() {
    return List.of(
        iso, numeric, dayFirst, monthFirst, dayRange, monthFirstRange, monthYear, monthAlone);
  }

  /** The words each rule is tried around (its trigger): digits and month names. */
  List<Pattern> triggers() {
    return List.of(FOUR_DIGITS, monthName);
  }

  void collect(Scan scan, List<Candidate> out) {
    scan.matches(iso, FOUR_DIGITS, m -> isoDate(scan, m, out));
    scan.matches(numeric, FOUR_DIGITS, m -> numericDate(scan, m, out));
    scan.matches(dayFirst, monthName, m -> namedDate(scan, m, dayBeforeMonth(m), out));
    scan.matches(monthFirst, monthName, m -> namedDate(scan, m, number(m, "dn"), out));
    scan.matches(dayRange, monthName, m -> monthOfRange(scan, m, out));
    scan.matches(monthFirstRange, monthName, m -> monthOfRange(scan, m, out));
    scan.matches(monthYear, monthName, m -> monthYear(scan, m, out));
    scan.matches(monthAlone, monthName, m -> monthAlone(scan, m, out));
  }

  private void isoDate(Scan scan, Matcher m, List<Candidate> out) {
    if (m.group("s").equals(" ") && !scan.writtenWithoutSpaces(m.start("x"), m.end("x"))) {
      return;
    }
    int year = number(m, "y");
    int month = number(m, "mo");
    int day = number(m, "d");
    if (!plausibleYear(year) || !validDay(month, day)) {
      return;
    }
    if (m.group("h") == null) {
      add(m, Written.of(year, month, day, DatePrecision.DAY), out);
      return;
    }
    int hour = number(m, "h");
    int minute = number(m, "mi");
    if (hour > 23 || minute > 59) {
      return;
    }
    String zone = m.group("z") == null ? "" : m.group("z").toUpperCase();
    ClockTime time = new ClockTime(hour, minute, zone);
    add(m, new Written(year, null, month, day, DatePrecision.MINUTE, null, time), out);
  }

  /**
   * 29/11/2019. Arabic writes the day first. Elsewhere the order is read from the numbers: a first
   * number above 12 is a day (British), a second one above 12 is a day (American); when both could
   * be months only the year is certain.
   */
  private void numericDate(Scan scan, Matcher m, List<Candidate> out) {
    if (m.group("s").equals(" ") && !scan.writtenWithoutSpaces(m.start("a"), m.end("y"))) {
      return;
    }
    int a = number(m, "a");
    int b = number(m, "b");
    int year = number(m, "y");
    if (!plausibleYear(year)) {
      return;
    }
    boolean dayFirst = scan.language().equals("ar") || a > 12 || a == b;
    boolean monthFirst = !dayFirst && b > 12;
    if (dayFirst && validDay(b, a)) {
      add(m, Written.of(year, b, a, DatePrecision.DAY), out);
    } else if (monthFirst && validDay(a, b)) {
      add(m, Written.of(year, a, b, DatePrecision.DAY), out);
    } else if (!dayFirst && !monthFirst && a >= 1 && b >= 1) {
      add(m, Written.of(year, null, null, DatePrecision.YEAR), out);
    }
  }

  private void namedDate(Scan scan, Matcher m, Integer day, List<Candidate> out) {
    Integer month = month(scan, m);
    YearRef year = yearRef(m);
    if (month == null
        || day == null
        || year == null
        || !validDay(month, day)
        || scan.hyphenatedToWord(m.start("x"))) {
      return;
    }
    add(m, new Written(year.year(), year.shift(), month, day, DatePrecision.DAY, null, null), out);
  }

  /** 21 و24 نوفمبر, November 21-24: a span of days, reported as its month. */
  private void monthOfRange(Scan scan, Matcher m, List<Candidate> out) {
    Integer month = month(scan, m);
    YearRef year = yearRef(m);
    if (month == null
        || year == null
        || !validDay(month, number(m, "dn"))
        || scan.hyphenatedToWord(m.start("x"))) {
      return;
    }
    add(
        m,
        new Written(year.year(), year.shift(), month, null, DatePrecision.MONTH, null, null),
        out);
  }

  private void monthYear(Scan scan, Matcher m, List<Candidate> out) {
    Integer month = month(scan, m);
    YearRef year = yearRef(m);
    if (month == null || year == null || year == YearRef.ABSENT) {
      return;
    }
    add(
        m,
        new Written(year.year(), year.shift(), month, null, DatePrecision.MONTH, null, null),
        out);
  }

  /**
   * A month name alone (في نوفمبر، نوفمبر الماضي، last November). Names that are also ordinary
   * words need a preposition before them or a direction word.
   */
  private void monthAlone(Scan scan, Matcher m, List<Candidate> out) {
    Integer month = month(scan, m);
    if (month == null || words.monthsNeverAlone.contains(m.group("m"))) {
      return;
    }
    Directed directed = Directed.read(words, m, "m");
    boolean needsPreposition = words.monthsNeedingPreposition.contains(m.group("m"));
    boolean afterPreposition =
        words.clitics.holdMonthPreposition(m.group("cl"))
            || words.monthPrepositions.contains(scan.wordBefore(m.start()));
    if (needsPreposition && directed.direction() == null && !afterPreposition) {
      return;
    }
    Written written =
        new Written(null, null, month, null, DatePrecision.MONTH, directed.direction(), null);
    out.add(directed.candidate(written));
  }

  private Integer month(Scan scan, Matcher m) {
    if (!scan.capitalisedIfLatin(m.start("m"))) {
      return null;
    }
    return words.months.meaning(m.group("m")).orElse(null);
  }

  /** The day of 29 نوفمبر, the 29th of November, الـ29 من نوفمبر or التاسع والعشرين من نوفمبر. */
  private Integer dayBeforeMonth(Matcher m) {
    if (m.group("dw") != null) {
      return words.ordinalDays.meaning(m.group("dw")).orElse(null);
    }
    return m.group("dl") != null ? number(m, "dl") : number(m, "dn");
  }

  /**
   * The year slot of a match: {@link YearRef#ABSENT} when there is none, null when it is not a
   * year.
   */
  private YearRef yearRef(Matcher m) {
    if (m.group("y") != null) {
      int year = number(m, "y");
      return plausibleYear(year) ? new YearRef(year, null) : null;
    }
    if (m.group("ry") != null) {
      return new YearRef(null, words.relativeYears.meaning(m.group("ry")).orElseThrow());
    }
    return YearRef.ABSENT;
  }

  static boolean plausibleYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  private static boolean validDay(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
  }

  private static void add(Matcher m, Written written, List<Candidate> out) {
    out.add(new Candidate(m.start("x"), m.end("x"), written));
  }

  /**
   * A direction word read with a weekday, month or season: English puts it before the noun (last
   * November), Arabic after it (نوفمبر الماضي) or, for هذا, before. A word on the wrong side
   * (Friday next week) is not part of the mention.
   *
   * @param direction the direction, or null for none
   * @param start where the mention starts in normalized text
   * @param end where it ends
   */
  record Directed(Direction direction, int start, int end) {
    static Directed read(DateWords words, Matcher m, String nounGroup) {
      boolean latin = Scan.isLatin(m.group(nounGroup));
      String before = m.group("d1");
      String after = m.group("d2");
      Direction direction = null;
      int start = m.start("x");
      if (before != null && Scan.isLatin(before) == latin) {
        direction = words.directions.meaning(before).orElseThrow();
      } else if (before != null) {
        start = m.end("d1") + 1;
      }
      int end = m.end("x");
      if (after != null && !latin) {
        direction = words.directions.meaning(after).orElseThrow();
      } else if (after != null) {
        end = m.start("d2") - 1;
      }
      return new Directed(direction, start, end);
    }

    Candidate candidate(DateExpression expression) {
      return new Candidate(start, end, expression);
    }
  }
}
