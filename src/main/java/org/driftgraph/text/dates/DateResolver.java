package org.driftgraph.text.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.text.dates.Anchors.Anchor;
import org.driftgraph.text.dates.DateExpression.ClockTime;
import org.driftgraph.text.dates.DateExpression.Direction;
import org.driftgraph.text.dates.DateExpression.Origin;
import org.driftgraph.text.dates.DateExpression.Shift;
import org.driftgraph.text.dates.DateExpression.Weekday;
import org.driftgraph.text.dates.DateExpression.Written;

/**
 * Turns what the text says into an ISO date, against the anchors known at that point of the text.
 */
final class DateResolver {
  /**
   * How far past its anchor a month written without a year may lie before it is read as the past
   * one: news looks back far more often than ahead, and names a coming month soon after.
   */
  private static final int MONTHS_AHEAD = 2;

  private static final int SEASON_MONTHS = 3;

  /**
   * A resolved date.
   *
   * @param day the day it falls on when the precision is DAY or MINUTE, else null
   */
  record Resolved(String iso, DatePrecision precision, LocalDate day) {}

  /**
   * The date a written date, shift or weekday stands for; empty when its anchor is missing. Times
   * join dates later.
   */
  Optional<Resolved> resolve(DateExpression expression, Anchors anchors) {
    if (expression instanceof Written written) {
      return written(written, anchors);
    }
    if (expression instanceof Shift shift) {
      return shift(shift, anchors);
    }
    if (expression instanceof Weekday weekday) {
      return weekday(weekday, anchors);
    }
    return Optional.empty();
  }

  /** A time of day on a resolved day: 2019-11-30T17:55Z. */
  static Resolved at(LocalDate day, ClockTime time) {
    String iso = String.format("%sT%02d:%02d%s", day, time.hour(), time.minute(), time.zone());
    return new Resolved(iso, DatePrecision.MINUTE, day);
  }

  private Optional<Resolved> written(Written written, Anchors anchors) {
    Optional<Integer> year = year(written, anchors);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(format(year.get(), written));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Resolved format(int year, Written written) {
    return switch (written.precision()) {
      case YEAR -> new Resolved(String.format("%04d", year), DatePrecision.YEAR, null);
      case SEASON, MONTH ->
          new Resolved(
              String.format("%04d-%02d", year, written.month()), written.precision(), null);
      case DAY -> {
        LocalDate day = LocalDate.of(year, written.month(), written.day());
        yield new Resolved(day.toString(), DatePrecision.DAY, day);
      }
      case MINUTE -> at(LocalDate.of(year, written.month(), written.day()), written.time());
    };
  }

  private Optional<Integer> year(Written written, Anchors anchors) {
    if (written.year() != null) {
      return Optional.of(written.year());
    }
    if (written.yearShift() != null) {
      return anchors
          .from(Origin.WRITING, DatePrecision.YEAR)
          .map(a -> a.date().getYear() + written.yearShift());
    }
    if (written.month() == null) {
      return Optional.empty();
    }
    if (written.direction() != null) {
      return anchors.from(Origin.WRITING, DatePrecision.MONTH).map(a -> directedYear(written, a));
    }
    return anchors.from(Origin.STORY, DatePrecision.YEAR).map(a -> nearestYear(written.month(), a));
  }

  /** نوفمبر الماضي، next spring: the occurrence before or after the anchor's month. */
  private static int directedYear(Written written, Anchor anchor) {
    int now = monthIndex(anchor.date());
    int month = written.month() - 1;
    int index =
        switch (written.direction()) {
          case PAST -> {
            int latestStart =
                written.precision() == DatePrecision.SEASON ? now - SEASON_MONTHS : now - 1;
            yield latestStart - Math.floorMod(latestStart - month, 12);
          }
          case NEXT -> now + 1 + Math.floorMod(month - now - 1, 12);
          case CURRENT -> anchor.date().getYear() * 12 + month;
        };
    return Math.floorDiv(index, 12);
  }

  /**
   * The year of a month written without one: the anchor's, unless the month lies further ahead of
   * the anchor than {@link #MONTHS_AHEAD}, in which case it is the past one.
   */
  private static int nearestYear(int month, Anchor anchor) {
    if (!anchor.covers(DatePrecision.MONTH)) {
      return anchor.date().getYear();
    }
    int now = monthIndex(anchor.date());
    int ahead = Math.floorMod(month - 1 - now, 12);
    int index = ahead <= MONTHS_AHEAD ? now + ahead : now + ahead - 12;
    return Math.floorDiv(index, 12);
  }

  private static int monthIndex(LocalDate date) {
    return date.getYear() * 12 + date.getMonthValue() - 1;
  }

  private Optional<Resolved> shift(Shift shift, Anchors anchors) {
    DatePrecision needed =
        switch (shift.unit()) {
          case DAY, WEEK -> DatePrecision.DAY;
          case MONTH -> DatePrecision.MONTH;
          case YEAR -> DatePrecision.YEAR;
        };
    ChronoUnit unit =
        switch (shift.unit()) {
          case DAY -> ChronoUnit.DAYS;
          case WEEK -> ChronoUnit.WEEKS;
          case MONTH -> ChronoUnit.MONTHS;
          case YEAR -> ChronoUnit.YEARS;
        };
    return anchors
        .from(shift.origin(), needed)
        .map(anchor -> truncate(anchor.date().plus(shift.amount(), unit), shift.precision()));
  }

  private static Resolved truncate(LocalDate date, DatePrecision precision) {
    return switch (precision) {
      case YEAR -> new Resolved(String.format("%04d", date.getYear()), precision, null);
      case SEASON, MONTH -> new Resolved(date.toString().substring(0, 7), precision, null);
      case DAY, MINUTE -> new Resolved(date.toString(), DatePrecision.DAY, date);
    };
  }

  /**
   * A weekday: alone, the latest such day on or before the anchor (reports tell what has happened);
   * with الماضي / last the one strictly before; with المقبل / next the one after; with this, the
   * one on or after.
   */
  private Optional<Resolved> weekday(Weekday weekday, Anchors anchors) {
    DayOfWeek day = weekday.day();
    Direction direction = weekday.direction();
    return anchors
        .from(Origin.WRITING, DatePrecision.DAY)
        .map(
            anchor -> {
              LocalDate date =
                  anchor
                      .date()
                      .with(
                          direction == null
                              ? TemporalAdjusters.previousOrSame(day)
                              : switch (direction) {
                                case PAST -> TemporalAdjusters.previous(day);
                                case NEXT -> TemporalAdjusters.next(day);
                                case CURRENT -> TemporalAdjusters.nextOrSame(day);
                              });
              return new Resolved(date.toString(), DatePrecision.DAY, date);
            });
  }
}
