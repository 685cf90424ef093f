package org.driftgraph.model;

import java.util.regex.Pattern;

/** Checks ISO 8601 dates of varying precision: 2017, 2019-11, 2019-11-30, 2019-11-30T17:55Z. */
public final class IsoDates {
  private static final Pattern PARTIAL =
      Pattern.compile(
          "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");

  private IsoDates() {}

  public static boolean isPartialIsoDate(String text) {
    return text != null && PARTIAL.matcher(text).matches();
  }

  /** The precision a partial ISO date string carries. */
  public static DatePrecision precisionOf(String isoDate) {
    if (!isPartialIsoDate(isoDate)) {
      throw new IllegalArgumentException("'" + isoDate + "' is not an ISO date");
    }
    if (isoDate.contains("T")) {
      return DatePrecision.MINUTE;
    }
    return switch (isoDate.length()) {
      case 4 -> DatePrecision.YEAR;
      case 7 -> DatePrecision.MONTH;
      default -> DatePrecision.DAY;
    };
  }
}
