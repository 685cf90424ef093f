package org.driftgraph.text.dates;

import java.time.DayOfWeek;
import org.driftgraph.model.DatePrecision;

/** What a piece of text says about a date, before it is resolved against an anchor. */
sealed interface DateExpression {

  /** Which way a direction word (الماضي، المقبل، this) turns a weekday, month or season. */
  enum Direction {
    PAST,
    NEXT,
    CURRENT
  }

  /** The calendar unit a relative phrase counts in. */
  enum Unit {
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  /**
   * Where a relative phrase counts from: the moment of writing (yesterday, last week) or the story
   * being told (the next day, two days later).
   */
  enum Origin {
    WRITING,
    STORY
  }

  /**
   * A calendar date as written, possibly without its year.
   *
   * @param year the year written, or null
   * @param yearShift a year named relative to the time of writing (last year = -1), or null
   * @param month 1-12 (a season's first month), or null for a year alone
   * @param day 1-31, or null
   * @param precision what the text gives; MINUTE when {@code time} is set
   * @param direction for a month or season without a year: which occurrence is meant, or null for
   *     the nearest
   * @param time the time of day written with the date, or null
   */
  record Written(
      Integer year,
      Integer yearShift,
      Integer month,
      Integer day,
      DatePrecision precision,
      Direction direction,
      ClockTime time)
      implements DateExpression {

    static Written of(Integer year, Integer month, Integer day, DatePrecision precision) {
      return new Written(year, null, month, day, precision, null, null);
    }
  }

  /** A date counted from an anchor: {@code amount} units, reported at {@code precision}. */
  record Shift(Unit unit, int amount, Origin origin, DatePrecision precision)
      implements DateExpression {}

  /** A weekday, the one before, after or around the time of writing. */
  record Weekday(DayOfWeek day, Direction direction) implements DateExpression {}

  /** A time of day; {@code zone} is an ISO offset ("Z", "+03:00"), "" for none. */
  record ClockTime(int hour, int minute, String zone) implements DateExpression {}
}
