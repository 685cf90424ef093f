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
import org.driftgraph.report.ReportFolders;
import org.driftgraph.store.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "The main job: imports the sample articles in import/articles into the store and writes a full",
      "report (reports/<yyyy-MM-ddTHHmmss>/report.{html,md,json}, copied to reports/latest/).",
      "When the store, the build and the options are those of the newest report, that report is",
      "published again to reports/latest/ instead (--rebuild builds a new one)."
    })
public final class RunCommand implements Callable<Integer> {
  static final String ARTICLES = "import/articles";

  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;
  @Mixin private ImportOptions options;

  @Mixin private ReportSizeOptions size;

  @Option(
      names = "--rebuild",
      description =
          "Build the report even when the newest one was made from the same store state, build and"
              + " options (by default that report is published again: see docs/reports.md).")
  private boolean rebuild;

  @Option(
      names = "--timings",
      description =
          "Print to stderr where the run's time went: wall and CPU milliseconds per phase.")
  private boolean timings;

  @Override
  public Integer call() {
    RunTimings timed = RunTimings.of(timings);
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
    RunOutcome outcome;
    RunRequest request =
        new RunRequest(
            options.request(context, List.of(articles)),
            new ReportRequest(reports, Optional.empty(), top),
            rebuild);
    RunProgress progress = new RunProgress(context, timed);
    try (StoreImport opened =
        StoreImport.open(context, store, options, request.importing(), progress)) {
      GraphConnection connection = opened.connection();
      timed.opened("open the store, check the schema", connection.startTimes());
      context.out().println("Store: " + connection.describe());
      RunPipeline pipeline = new RunPipeline(connection);
      // A new store written by the batch path comes back with its import done.
      outcome =
          opened.imported().isPresent()
              ? pipeline.report(request, opened.imported().get(), progress)
              : pipeline.run(request, progress);
      timed.mark(outcome.reused() ? "report: published again" : "report: files written");
      if (outcome.reused()) {
        context
            .err()
            .println(
                "driftgraph: the store has not changed since report "
                    + outcome.report().folder().getFileName()
                    + " was made from it: published again as "
                    + context.display(reports.resolve(ReportFolders.LATEST))
                    + " (--rebuild builds a new one)");
      }
      ReportCommand.print(context, outcome.report());
      timed.started(connection.startTimes());
    }
    timed.mark("close the store");
    timed.print(context.err());
    return outcome.imported().manifest().hasRejections() ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
  }
}
