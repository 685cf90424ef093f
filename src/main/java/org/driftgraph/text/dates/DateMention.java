package org.driftgraph.text.dates;

import java.util.Objects;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.IsoDates;

/**
 * A date or time written in a text, resolved to an ISO 8601 date.
 *
 * <p>SEASON precision carries the season's first month ({@code autumn 2017} is {@code 2017-09});
 * every other precision is the precision the ISO string itself has.
 *
 * @param start offset of the mention's first character in the original text
 * @param end offset just past its last character
 * @param surface the text between start and end, as written
 * @param iso the date it stands for: 2017, 2019-11, 2019-11-30 or 2019-11-30T17:55Z
 * @param precision how much of the date the text gives
 */
public record DateMention(int start, int end, String surface, String iso, DatePrecision precision) {

  public DateMention {
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(precision, "precision");
    if (start < 0 || end <= start || surface.length() != end - start) {
      throw new IllegalArgumentException(
          "date mention '" + surface + "' has bad offsets [" + start + ", " + end + ")");
    }
    if (!IsoDates.isPartialIsoDate(iso)) {
      throw new IllegalArgumentException("date mention '" + surface + "' has no ISO date: " + iso);
    }
    DatePrecision written = IsoDates.precisionOf(iso);
    boolean season = precision == DatePrecision.SEASON && written == DatePrecision.MONTH;
    if (written != precision && !season) {
      throw new IllegalArgumentException(
          "date mention '"
              + surface
              + "': "
              + iso
              + " does not have precision "
              + precision.value());
    }
  }
}
