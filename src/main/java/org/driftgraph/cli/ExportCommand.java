package org.driftgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.export.CsvExporter;
import org.driftgraph.store.export.ExportResult;
import org.driftgraph.store.export.FtmExporter;
import org.driftgraph.store.export.GraphMlExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the graph: csv writes neo4j-admin database import files to import/csv/",
      "(cypher/load-csv.cypher loads the same files with LOAD CSV); graphml writes",
      "import/graphml/driftgraph.graphml for TinkerGraph and Gephi; ftm writes FollowTheMoney",
      "entities as JSON Lines to import/ftm/driftgraph.ftm.jsonl for Aleph and OpenAleph."
    })
public final class ExportCommand implements Callable<Integer> {
  /** What the export writes. */
  public enum Format {
    CSV,
    GRAPHML,
    FTM
  }

  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "csv|graphml|ftm",
      description = "csv, graphml or ftm.")
  private Format format;

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description =
          "Folder for csv (default import/csv), file for graphml (default"
              + " import/graphml/driftgraph.graphml) and ftm (default"
              + " import/ftm/driftgraph.ftm.jsonl).")
  private Path out;

  @Option(
      names = "--spreadsheet-safe",
      description =
          "csv only: prefix cells that a spreadsheet would read as a formula (=, +, -, @) with an"
              + " apostrophe. The files are then for reading, not for the importer.")
  private boolean spreadsheetSafe;

  @Override
  public Integer call() {
    if (spreadsheetSafe && format != Format.CSV) {
      throw new UsageFailure("--spreadsheet-safe applies to --format csv only");
    }
    CliContext context = root.context();
    Path target = out != null ? context.userPath(out) : context.projectPath(defaultTarget());
    ExportResult result;
    try (GraphConnection connection = store.open(context)) {
      result =
          switch (format) {
            case CSV -> csv(connection).export(target);
            case GRAPHML -> new GraphMlExporter(connection.driver()).export(target);
            case FTM -> new FtmExporter(connection.driver()).export(target);
          };
    } catch (IOException e) {
      throw new CliFailure(
          "cannot write the export to " + context.display(target) + ": " + e.getMessage(), e);
    }
    context
        .out()
        .println(
            "Exported "
                + format.name().toLowerCase(java.util.Locale.ROOT)
                + " to "
                + context.display(result.target())
                + ":");
    result.counts().forEach((name, count) -> context.out().printf("  %-16s %,d%n", name, count));
    return ExitCodes.OK;
  }

  private CsvExporter csv(GraphConnection connection) {
    CsvExporter exporter = new CsvExporter(connection.driver());
    return spreadsheetSafe ? exporter.spreadsheetSafe() : exporter;
  }

  private String defaultTarget() {
    return switch (format) {
      case CSV -> "import/csv";
      case GRAPHML -> "import/graphml/driftgraph.graphml";
      case FTM -> "import/ftm/driftgraph.ftm.jsonl";
    };
  }
}
