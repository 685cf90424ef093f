package org.driftgraph.cli;

import org.driftgraph.report.ReportBuilder;
import picocli.CommandLine.Option;

/**
 * How long the report's rankings are: shared by {@code report} and {@code run}, which ends with
 * one.
 */
public final class ReportSizeOptions {
  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "" + ReportBuilder.DEFAULT_TOP,
      description =
          "How many actors, platforms and outlets each ranking lists (default: ${DEFAULT-VALUE}).")
  private int top;

  /** The ranking length; a usage error when it is not positive. */
  int top() {
    if (top < 1) {
      throw new UsageFailure("--top must be at least 1, not " + top);
    }
    return top;
  }
}
