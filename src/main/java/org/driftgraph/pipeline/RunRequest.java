package org.driftgraph.pipeline;

import java.util.Objects;

/** The main job: an import, then a report on the same store. */
public record RunRequest(ImportRequest importing, ReportRequest report) {
  public RunRequest {
    Objects.requireNonNull(importing, "importing");
    Objects.requireNonNull(report, "report");
  }
}
