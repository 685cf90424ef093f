package org.driftgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.driftgraph.schedule.CronSchedule;
import org.driftgraph.schedule.ReportRetention;
import org.driftgraph.schedule.RunLog;
import org.driftgraph.schedule.RunOutcome;
import org.driftgraph.schedule.ScheduledJob;
import org.driftgraph.schedule.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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
  static final String REPORTS = "reports";
  static final String LOG_FILE = "schedule.log";

  /** The store options a run hands on to the commands it runs. */
  private static final Set<String> STORE_OPTIONS = Set.of("--store", "--uri", "--user");

  @ParentCommand private DriftgraphCommand root;
  @Spec private CommandSpec spec;
  // Declares --store/--uri/--user here; a run hands them on to the commands it starts
  // (sharedArguments).
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
    Path reports = context.projectPath(REPORTS);
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
   * Import (when asked), then the report: the existing commands, run in this process on the same
   * store.
   */
  private ScheduledJob job(CliContext context, Path corpus) {
    List<String> shared = sharedArguments();
    return () -> {
      int imported = ExitCodes.OK;
      if (corpus != null) {
        imported = command(context, shared, "import", corpus.toString());
        if (imported != ExitCodes.OK && imported != ExitCodes.REJECTED_INPUT) {
          return imported;
        }
      }
      int reported = command(context, shared, "report");
      return reported != ExitCodes.OK ? reported : imported;
    };
  }

  private static int command(CliContext context, List<String> shared, String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(shared);
    return Main.commandLine(context).execute(args.toArray(String[]::new));
  }

  /** --store/--uri/--user as the user typed them, and --verbose, for the commands a run starts. */
  private List<String> sharedArguments() {
    List<String> args = new ArrayList<>();
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      if (STORE_OPTIONS.contains(option.longestName())) {
        for (String value : option.stringValues()) {
          args.add(option.longestName());
          args.add(value);
        }
      }
    }
    if (root.verbose()) {
      args.add("--verbose");
    }
    return args;
  }
}
