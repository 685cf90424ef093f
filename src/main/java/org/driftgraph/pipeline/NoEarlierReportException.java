package org.driftgraph.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

/** A report was to be compared with one made on or before a day, and there is none. */
public final class NoEarlierReportException extends PipelineFailure {
  private static final long serialVersionUID = 1L;

  private final transient Path reports;
  private final LocalDate since;

  public NoEarlierReportException(Path reports, LocalDate since) {
    super("no report in " + reports + " was made on or before " + since);
    this.reports = reports;
    this.since = since;
  }

  /** The reports folder searched. */
  public Path reports() {
    return reports;
  }

  public LocalDate since() {
    return since;
  }
}
