package org.driftgraph.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a command says of a report it published: where it is, what the graph held and what changed
 * since the report before it. Read back from {@code report.json} when a report is published again.
 *
 * @param folder the report's dated folder
 * @param generatedAt when the report was made (UTC, ISO 8601)
 */
public record ReportHeadline(
    Path folder, String generatedAt, ReportData.Holdings holdings, ReportData.Changes changes) {
  public ReportHeadline {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(changes, "changes");
  }

  /** The headline of a report just written. */
  public static ReportHeadline of(ReportFolders.Published published) {
    ReportData data = published.data();
    return new ReportHeadline(
        published.folder(), data.generatedAt(), data.holdings(), data.changes());
  }

  /** The part of {@code report.json} a headline is read from. */
  record Stored(String generatedAt, ReportData.Holdings holdings, ReportData.Changes changes) {}
}
