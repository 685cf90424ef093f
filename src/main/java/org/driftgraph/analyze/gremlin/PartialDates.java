package org.driftgraph.analyze.gremlin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * Arithmetic on the partial ISO dates of claims and facts ({@code 2017}, {@code 2019-11}, {@code
 * 2019-11-30}, {@code 2019-11-30T17:55Z}). Such strings sort in time order, so comparisons are
 * string comparisons; differences exist only where both dates are precise enough.
 */
final class PartialDates {
  private static final int DAY_LENGTH = "yyyy-MM-dd".length();
  private static final int MINUTE_LENGTH = "yyyy-MM-ddTHH:mm".length();

  private PartialDates() {}

  /**
   * Whether {@code date} is not before {@code reference}, compared at the coarser of the two
   * precisions: both are cut to the shorter length ({@code 2019-11} is not before {@code
   * 2019-11-24}).
   */
  static boolean notBefore(String date, String reference) {
    int length = Math.min(date.length(), reference.length());
    return date.substring(0, length).compareTo(reference.substring(0, length)) >= 0;
  }

  /** Calendar days from {@code from} to {@code to} when both name a day, else null. */
  static Long days(String from, String to) {
    if (!hasDay(from) || !hasDay(to)) {
      return null;
    }
    return ChronoUnit.DAYS.between(
        LocalDate.parse(from.substring(0, DAY_LENGTH)),
        LocalDate.parse(to.substring(0, DAY_LENGTH)));
  }

  /** Whole minutes from {@code from} to {@code to} when both name a minute, else null. */
  static Long minutes(String from, String to) {
    if (!hasMinute(from) || !hasMinute(to)) {
      return null;
    }
    return Duration.between(instant(from), instant(to)).toMinutes();
  }

  static boolean hasDay(String date) {
    return date != null && date.length() >= DAY_LENGTH;
  }

  static boolean hasMinute(String date) {
    return date != null && date.length() >= MINUTE_LENGTH && date.charAt(DAY_LENGTH) == 'T';
  }

  /** A date-time without an offset is read as UTC, as Neo4j's {@code datetime()} reads it. */
  private static ZonedDateTime instant(String dateTime) {
    TemporalAccessor parsed =
        DateTimeFormatter.ISO_DATE_TIME.parseBest(
            dateTime, ZonedDateTime::from, LocalDateTime::from);
    return parsed instanceof ZonedDateTime zoned
        ? zoned
        : ((LocalDateTime) parsed).atZone(ZoneOffset.UTC);
  }
}
