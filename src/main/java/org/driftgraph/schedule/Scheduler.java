package org.driftgraph.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a job on a schedule: sleeps until the next fire time, runs the job under the run lock, logs
 * the outcome and prunes old reports. A fire time that arrives while a run is still going (here or
 * in another process) is logged and skipped, never queued.
 */
public final class Scheduler {
  /** Long sleeps are cut in slices so a suspended machine or a clock change is noticed. */
  private static final Duration MAX_SLEEP = Duration.ofSeconds(30);

  private final Schedule schedule;
  private final ScheduledJob job;
  private final Path lockFile;
  private final RunLog log;
  private final ReportRetention retention;
  private final Clock clock;
  private int runs;

  public Scheduler(
      Schedule schedule,
      ScheduledJob job,
      Path lockFile,
      RunLog log,
      ReportRetention retention,
      Clock clock) {
    this.schedule = schedule;
    this.job = job;
    this.lockFile = lockFile;
    this.log = log;
    this.retention = retention;
    this.clock = clock;
  }

  /**
   * Fires on the schedule until {@code maxRuns} fire times have passed (skipped ones included) or
   * the thread is interrupted; returns the outcomes. Interruption ends the wait at once; a run in
   * progress finishes first.
   */
  public List<RunOutcome> runFor(long maxRuns) {
    List<RunOutcome> outcomes = new ArrayList<>();
    log.log(
        "schedule started: "
            + schedule.describe()
            + ", keeping the last "
            + retention.keep()
            + " report(s)");
    while (outcomes.size() < maxRuns) {
      Optional<ZonedDateTime> next = schedule.nextAfter(ZonedDateTime.now(clock));
      if (next.isEmpty()) {
        log.log("schedule stopped: " + schedule.describe() + " fires no more");
        break;
      }
      log.log("next run at " + next.get().toInstant());
      if (!sleepUntil(next.get().toInstant())) {
        log.log("schedule stopped: interrupted");
        break;
      }
      outcomes.add(runOnce());
    }
    return outcomes;
  }

  /** One run now, if no other run holds the lock. */
  public RunOutcome runOnce() {
    Instant start = clock.instant();
    Optional<RunLock> lock = RunLock.tryAcquire(lockFile, start);
    if (lock.isEmpty()) {
      log.log(
          "run skipped: another run holds "
              + lockFile.getFileName()
              + " ("
              + RunLock.holder(lockFile)
              + ")");
      return new RunOutcome(start, clock.instant(), -1, true);
    }
    try {
      int number = ++runs;
      log.log("run " + number + " started");
      int exitCode = runJob();
      Instant end = clock.instant();
      RunOutcome outcome = new RunOutcome(start, end, exitCode, false);
      log.log(
          String.format(
              "run %d finished: exit %d, start %s, end %s, duration %.1f s",
              number, exitCode, start, end, outcome.duration().toMillis() / 1000.0));
      for (Path removed : retention.prune()) {
        log.log("removed old report " + removed.getFileName());
      }
      return outcome;
    } finally {
      lock.get().close();
    }
  }

  private int runJob() {
    try {
      return job.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.log("run interrupted");
      return 1;
    } catch (Exception e) {
      log.log(
          "run failed: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      return 1;
    }
  }

  private boolean sleepUntil(Instant target) {
    try {
      for (Duration left = Duration.between(clock.instant(), target);
          !left.isNegative() && !left.isZero();
          left = Duration.between(clock.instant(), target)) {
        Thread.sleep(Math.max(1, Math.min(left.toMillis(), MAX_SLEEP.toMillis())));
      }
      return !Thread.currentThread().isInterrupted();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
