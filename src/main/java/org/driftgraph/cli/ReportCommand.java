package org.driftgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.driftgraph.pipeline.NoEarlierReportException;
import org.driftgraph.pipeline.PipelineListener;
import org.driftgraph.pipeline.ReportPipeline;
import org.driftgraph.pipeline.ReportRequest;
import org.driftgraph.report.ReportData;
import org.driftgraph.report.ReportFolders;
import org.driftgraph.report.ReportHeadline;
import org.driftgraph.store.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a dated report of what the graph holds and what changed since the previous report:",
      "DIR/<yyyy-MM-ddTHHmmss>/report.{html,md,json}, copied to DIR/latest/."
    })
public final class ReportCommand implements Callable<Integer> {
  static final String REPORTS = "reports";

  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "The reports folder (default: reports in the project).")
  private Path out;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Compare with the newest report made on or before DATE (yyyy-MM-dd, UTC) instead of the newest.")
  private String since;

  @Mixin private ReportSizeOptions size;

  @Option(
      names = "--timings",
      description =
          "Print to stderr where the time went: wall and CPU milliseconds per step of the report.")
  private boolean timings;

  @Override
  public Integer call() {
    CliContext context = root.context();
    int top = size.top();
    Optional<LocalDate> sinceDay = parseSince(since);
    Path reports = out == null ? context.projectPath(REPORTS) : context.userPath(out);
    RunTimings timed = RunTimings.of(timings);
    try (GraphConnection connection = store.open(context)) {
      timed.opened("open the store, check the schema", connection.startTimes());
      context.out().println("Store: " + connection.describe());
      PipelineListener steps = StepProgress.of("report", context);
      write(
          context,
          connection,
          reports,
          sinceDay,
          top,
          new PipelineListener() {
            @Override
            public void stepDone(String step, int done, int total) {
              steps.stepDone(step, done, total);
              timed.mark("report: " + step);
            }
          });
      timed.mark("report: files written (statements.jsonl too)");
      timed.started(connection.startTimes());
    }
    timed.mark("close the store");
    timed.print(context.err());
    return ExitCodes.OK;
  }

  /**
   * Writes a report into a new dated folder under {@code reports} (also the end of {@code
   * schedule}), and prints what it holds and where it is.
   *
   * @param since compare with the newest report on or before this day; empty: with the newest
   */
  static void write(
      CliContext context,
      GraphConnection connection,
      Path reports,
      Optional<LocalDate> since,
      int top) {
    write(context, connection, reports, since, top, StepProgress.of("report", context));
  }

  private static void write(
      CliContext context,
      GraphConnection connection,
      Path reports,
      Optional<LocalDate> since,
      int top,
      PipelineListener steps) {
    ReportFolders.Published published;
    try {
      published = new ReportPipeline(connection).run(new ReportRequest(reports, since, top), steps);
    } catch (NoEarlierReportException e) {
      throw new CliFailure(
          "no report in " + context.display(e.reports()) + " was made on or before " + e.since(),
          e);
    }
    print(context, ReportHeadline.of(published));
  }

  static void print(CliContext context, ReportHeadline published) {
    ReportData.Holdings holdings = published.holdings();
    context
        .out()
        .printf(
            Locale.ROOT,
            "Graph: %d articles, %d claims, %d entities (%d discovered, awaiting review), %d facts%n",
            holdings.articles(),
            holdings.claims(),
            holdings.entities(),
            holdings.discovered(),
            holdings.facts());
    ReportData.Changes changes = published.changes();
    if (changes.previous() == null) {
      context.out().println("Changes: first report, nothing to compare with");
    } else {
      context
          .out()
          .printf(
              Locale.ROOT,
              "Changes since %s: %d new entities, %d new facts (%d migrations, %d bans), %d centrality moves%n",
              changes.previous(),
              changes.newEntities().size(),
              changes.newFacts().size(),
              changes.newMigrations().size(),
              changes.newBans().size(),
              changes.moves().size());
    }
    context
        .out()
        .println("Report: " + context.display(published.folder().resolve(ReportFolders.HTML_FILE)));
  }

  private static Optional<LocalDate> parseSince(String since) {
    if (since == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(since.trim()));
    } catch (DateTimeParseException e) {
      throw new UsageFailure("--since takes a date as yyyy-MM-dd, not '" + since + "'");
    }
  }
}
