package org.driftgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.driftgraph.pipeline.ReportRequest;
import org.driftgraph.pipeline.RunOutcome;
import org.driftgraph.pipeline.RunPipeline;
import org.driftgraph.pipeline.RunRequest;
import org.driftgraph.store.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: imports the sample articles in import/articles into the store and writes a full",
      "report (reports/<yyyy-MM-ddTHHmmss>/report.{html,md,json}, copied to reports/latest/)."
    })
public final class RunCommand implements Callable<Integer> {
  static final String ARTICLES = "import/articles";

  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;
  @Mixin private ImportOptions options;

  @Mixin private ReportSizeOptions size;

  @Override
  public Integer call() {
    CliContext context = root.context();
    int top = size.top();
    Path articles = context.projectPath(ARTICLES);
    if (!Files.isDirectory(articles)) {
      throw new CliFailure("no sample articles at " + context.display(articles));
    }
    // --reports names the reports folder; without it the manifest goes to reports/latest as before.
    Path reports =
        options.reports == null
            ? context.projectPath(ReportCommand.REPORTS)
            : context.userPath(options.reports);
    try (GraphConnection connection = ImportLock.open(context, store)) {
      context.out().println("Store: " + connection.describe());
      RunRequest request =
          new RunRequest(
              options.request(context, List.of(articles)),
              new ReportRequest(reports, Optional.empty(), top));
      RunOutcome outcome = new RunPipeline(connection).run(request, new RunProgress(context));
      ReportCommand.print(context, outcome.report());
      return outcome.imported().manifest().hasRejections()
          ? ExitCodes.REJECTED_INPUT
          : ExitCodes.OK;
    }
  }
}
