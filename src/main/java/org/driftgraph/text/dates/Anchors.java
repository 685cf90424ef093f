package org.driftgraph.text.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.IsoDates;
import org.driftgraph.text.dates.DateExpression.Origin;

/**
 * What relative dates are read against while a text is scanned in order: the article's published
 * date and the latest date written so far to at least a season (a year alone is background more
 * often than the time of the story: "launched in 2017").
 *
 * <p>Words that count from the moment of writing (yesterday, last week, last Friday) use the
 * published date first, because a reporter writes them from that day even after narrating an
 * earlier one; words that count along the story (the next day, two days later) use the latest
 * written date first. Each falls back on the other when its own anchor is missing or too coarse.
 */
final class Anchors {

  /** A date known to {@code precision} (the rest of {@code date} is filler). */
  record Anchor(LocalDate date, DatePrecision precision) {
    boolean covers(DatePrecision needed) {
      return precision.compareTo(needed) >= 0;
    }
  }

  private final Anchor published;
  private Anchor latestWritten;

  Anchors(String publishedIso) {
    this.published = parse(publishedIso);
  }

  private static Anchor parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    String trimmed = iso.strip();
    if (!IsoDates.isPartialIsoDate(trimmed)) {
      throw new IllegalArgumentException(
          "published date '" + iso + "' is not an ISO date (2019, 2019-11, 2019-11-30)");
    }
    DatePrecision precision = IsoDates.precisionOf(trimmed);
    String day =
        switch (precision) {
          case YEAR -> trimmed + "-01-01";
          case SEASON, MONTH -> trimmed + "-01";
          case DAY, MINUTE -> trimmed.substring(0, 10);
        };
    try {
      DatePrecision asDate = precision == DatePrecision.MINUTE ? DatePrecision.DAY : precision;
      return new Anchor(LocalDate.parse(day), asDate);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("published date '" + iso + "' is not a calendar date", e);
    }
  }

  /**
   * Records a date written in the text, to {@code precision} (at least a season); later
   * story-relative phrases (a month later, the next day) and months without a year count from it. A
   * season counts from its first month: "a month later" after "the autumn of 2019" is 2019-10.
   */
  void wrote(LocalDate date, DatePrecision precision) {
    if (precision.compareTo(DatePrecision.SEASON) >= 0) {
      latestWritten =
          new Anchor(
              date,
              switch (precision) {
                case MINUTE -> DatePrecision.DAY;
                case SEASON -> DatePrecision.MONTH;
                default -> precision;
              });
    }
  }

  Optional<Anchor> published() {
    return Optional.ofNullable(published);
  }

  /**
   * The anchor a phrase counting from {@code origin} uses, if one is at least {@code needed}
   * precise.
   */
  Optional<Anchor> from(Origin origin, DatePrecision needed) {
    Anchor written = latestWritten;
    Anchor first = origin == Origin.WRITING ? published : written;
    Anchor second = origin == Origin.WRITING ? written : published;
    if (first != null && first.covers(needed)) {
      return Optional.of(first);
    }
    return Optional.ofNullable(second).filter(anchor -> anchor.covers(needed));
  }
}
