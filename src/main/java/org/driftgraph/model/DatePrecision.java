package org.driftgraph.model;

import java.util.Locale;

/** How precise a claim's date is; stored lowercase as {@code datePrecision}. */
public enum DatePrecision {
  YEAR,
  SEASON,
  MONTH,
  DAY,
  MINUTE;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatePrecision fromValue(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
