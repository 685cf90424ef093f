package org.driftgraph.pipeline;

import java.util.Objects;

/**
 * The main job: an import, then a report on the same store.
 *
 * @param rebuild build the report even when the newest one was made from the same inputs
 */
public record RunRequest(ImportRequest importing, ReportRequest report, boolean rebuild) {
  public RunRequest {
    Objects.requireNonNull(importing, "importing");
    Objects.requireNonNull(report, "report");
  }
}
