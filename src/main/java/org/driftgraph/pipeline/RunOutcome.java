package org.driftgraph.pipeline;

import java.util.Objects;
import org.driftgraph.report.ReportFolders;

/** What a run imported and the report it published. */
public record RunOutcome(ImportOutcome imported, ReportFolders.Published report) {
  public RunOutcome {
    Objects.requireNonNull(imported, "imported");
    Objects.requireNonNull(report, "report");
  }
}
