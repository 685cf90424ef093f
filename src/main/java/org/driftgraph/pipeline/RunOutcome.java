package org.driftgraph.pipeline;

import java.util.Objects;
import org.driftgraph.report.ReportHeadline;

/**
 * What a run imported and the report it published.
 *
 * @param reused the report is the newest one published again, since nothing it is made from changed
 *     (see {@link ReportPipeline#reuse})
 */
public record RunOutcome(ImportOutcome imported, ReportHeadline report, boolean reused) {
  public RunOutcome {
    Objects.requireNonNull(imported, "imported");
    Objects.requireNonNull(report, "report");
  }
}
