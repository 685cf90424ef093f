package org.driftgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import org.driftgraph.report.ReportBuilder;
import org.driftgraph.schedule.CronSchedule;
import org.driftgraph.schedule.ReportRetention;
import org.driftgraph.schedule.RunLog;
import org.driftgraph.schedule.RunOutcome;
import org.driftgraph.schedule.ScheduledJob;
import org.driftgraph.schedule.Scheduler;
import org.driftgraph.store.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = {
      "Runs import (with --import) and the report on a cron schedule until stopped (Ctrl-C, SIGTERM).",
      "Never two runs at once: a run holds data/schedule.lock; a run that finds it held is skipped.",
      "Each run is logged with its outcome to reports/schedule.log and stdout.",
      "The newest --keep dated report folders under reports/ are kept, older ones deleted.",
      "See docs/scheduling.md for the same job under cron or a systemd timer."
    })
public final class ScheduleCommand implements Callable<Integer> {
  static final String LOCK_FILE = "data/schedule.lock";
  static final String LOG_FILE = "schedule.log";

  @ParentCommand private DriftgraphCommand root;
  // --store/--uri/--user: the store every run imports into and reports on.
  @Mixin private StoreOptions store;

  @Option(
      names = "--cron",
      required = true,
      paramLabel = "EXPR",
      description =
          "Unix cron expression: minute hour day-of-month month day-of-week, e.g. \"0 7 * * MON\" (times in the local zone).")
  private String cron;

  @Option(
      names = "--import",
      paramLabel = "DIR",
      description = "Articles to import before each report.")
  private Path importDir;

  @Option(
      names = "--keep",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "How many dated report folders to keep under reports/ (default: ${DEFAULT-VALUE}).")
  private int keep;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Stop after N fire times (default: run until stopped).")
  private Long runs;

  @Override
  public Integer call() {
    CliContext context = root.context();
    CronSchedule schedule;
    try {
      schedule = CronSchedule.parse(cron);
    } catch (IllegalArgumentException e) {
      throw new UsageFailure(e.getMessage());
    }
    if (keep < 1) {
      throw new UsageFailure("--keep must be at least 1, not " + keep);
    }
    if (runs != null && runs < 1) {
      throw new UsageFailure("--runs must be at least 1, not " + runs);
    }
    Path corpus = importDir == null ? null : context.userPath(importDir);
    if (corpus != null && !Files.exists(corpus)) {
      throw new UsageFailure("--import: no such file or folder: " + context.display(corpus));
    }
    Path reports = context.projectPath(ReportCommand.REPORTS);
    Clock clock = Clock.systemDefaultZone();
    Scheduler scheduler =
        new Scheduler(
            schedule,
            job(context, corpus),
            context.projectPath(LOCK_FILE),
            new RunLog(reports.resolve(LOG_FILE), context.out(), clock),
            new ReportRetention(reports, keep),
            clock);
    List<RunOutcome> outcomes = scheduler.runFor(runs == null ? Long.MAX_VALUE : runs);
    return outcomes.stream()
        .filter(o -> !o.skipped())
        .mapToInt(RunOutcome::exitCode)
        .max()
        .orElse(ExitCodes.OK);
  }

  /**
   * Import (when asked), then the report, through the pipeline on the same store; each prints and
   * fails as its command does, so a failed step is logged with its exit code and the schedule goes
   * on.
   */
  private ScheduledJob job(CliContext context, Path corpus) {
    return () -> {
      int imported = ExitCodes.OK;
      if (corpus != null) {
        imported = guarded(context, () -> importCorpus(context, corpus));
        if (imported != ExitCodes.OK && imported != ExitCodes.REJECTED_INPUT) {
          return imported;
        }
      }
      int reported = guarded(context, () -> report(context));
      return reported != ExitCodes.OK ? reported : imported;
    };
  }

  private int importCorpus(CliContext context, Path corpus) {
    try (GraphConnection connection = ImportLock.open(context, store)) {
      return ImportCommand.importPaths(context, connection, new ImportOptions(), List.of(corpus));
    }
  }

  private int report(CliContext context) {
    try (GraphConnection connection = store.open(context)) {
      context.out().println("Store: " + connection.describe());
      ReportCommand.write(
          context,
          connection,
          context.projectPath(ReportCommand.REPORTS),
          Optional.empty(),
          ReportBuilder.DEFAULT_TOP);
      return ExitCodes.OK;
    }
  }

  /** Runs one step; a failure is printed as {@link Main} prints it and becomes the exit code. */
  private int guarded(CliContext context, IntSupplier step) {
    try {
      return step.getAsInt();
    } catch (RuntimeException e) {
      return Main.failed(context, root.verbose(), e);
    }
  }
}
