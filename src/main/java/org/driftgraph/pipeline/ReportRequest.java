package org.driftgraph.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which report to write.
 *
 * @param reports the reports folder: the report goes into a new dated folder in it
 * @param since compare with the newest report on or before this day; empty: with the newest
 * @param top how many entries each ranking lists
 */
public record ReportRequest(Path reports, Optional<LocalDate> since, int top) {
  public ReportRequest {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(since, "since");
    if (top < 1) {
      throw new IllegalArgumentException("a ranking lists at least 1 entry, not " + top);
    }
  }
}
