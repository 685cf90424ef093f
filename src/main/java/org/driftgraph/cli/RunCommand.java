package org.driftgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftgraph.analyze.QueryRunner;
import org.driftgraph.analyze.SavedQueries;
import org.driftgraph.report.ImportManifest;
import org.driftgraph.report.RankedEntity;
import org.driftgraph.report.ReportFiles;
import org.driftgraph.report.StoreSummary;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphCounts;
import org.driftgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: imports the sample articles in import/articles into the store,",
      "prints what it stored and writes reports/latest/summary.md."
    })
public final class RunCommand implements Callable<Integer> {
  static final String ARTICLES = "import/articles";

  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;
  @Mixin private ImportOptions options;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many entities the summary ranks (default: ${DEFAULT-VALUE}).")
  private int top;

  @Override
  public Integer call() {
    CliContext context = root.context();
    if (top < 1) {
      throw new UsageFailure("--top must be at least 1, not " + top);
    }
    Path articles = context.projectPath(ARTICLES);
    if (!Files.isDirectory(articles)) {
      throw new CliFailure("no sample articles at " + context.display(articles));
    }
    try (GraphConnection connection = store.open(context)) {
      context.out().println("Store: " + connection.describe());
      ImportManifest manifest = ImportService.importPaths(context, connection, options, List.of(articles));
      StoreSummary summary = summarize(connection, manifest);
      Path written = new ReportFiles(options.reportDir(context)).writeSummary(summary);
      context.out().println();
      context.out().print(summary.toMarkdown());
      context.out().println();
      context.out().println("Summary: " + context.display(written));
      return manifest.hasRejections() ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
    }
  }

  private StoreSummary summarize(GraphConnection connection, ImportManifest manifest) {
    GraphCounts counts = StoreStats.count(connection.driver());
    List<RankedEntity> ranked =
        new QueryRunner(connection.driver())
            .rows(SavedQueries.load("top-entities-by-degree"), Map.of("limit", Integer.toString(top)))
            .stream()
            .map(
                row ->
                    new RankedEntity(
                        (String) row.get("id"),
                        (String) row.get("name"),
                        (String) row.get("type"),
                        ((Number) row.get("degree")).longValue(),
                        ((Number) row.get("articles")).longValue(),
                        ((Number) row.get("facts")).longValue()))
            .toList();
    return new StoreSummary(connection.describe(), counts.nodes(), counts.relationships(), ranked, manifest);
  }
}
