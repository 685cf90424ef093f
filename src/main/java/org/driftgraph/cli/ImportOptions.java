package org.driftgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code run} and {@code import}: the gazetteer, the report folder, the batch.
 */
public final class ImportOptions {
  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description = "Reference entities (default: import/gazetteer.json in the project).")
  Path gazetteer;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description = "Where the summary and the import manifest go (default: reports/latest).")
  Path reports;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "" + ImportJob.DEFAULT_BATCH,
      description = "Articles written per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  Path gazetteerFile(CliContext context) {
    return gazetteer == null
        ? context.projectPath("import/gazetteer.json")
        : context.userPath(gazetteer);
  }

  Path reportDir(CliContext context) {
    return reports == null ? context.projectPath("reports/latest") : context.userPath(reports);
  }
}
