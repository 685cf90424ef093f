package org.driftgraph.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SchedulerTest {
  @TempDir Path home;
  private Path lockFile;
  private Path reports;
  private StringWriter console;
  private RunLog log;
  private final AtomicInteger runs = new AtomicInteger();

  @BeforeEach
  void paths() {
    lockFile = home.resolve("data/schedule.lock");
    reports = home.resolve("reports");
    console = new StringWriter();
    log = new RunLog(reports.resolve("schedule.log"), new PrintWriter(console), Clock.systemUTC());
  }

  @Test
  void firesOnAShortScheduleAndLogsEachRunWithItsOutcome() throws IOException {
    Scheduler scheduler = scheduler(new EveryInterval(Duration.ofMillis(300)), writingReports());

    long before = System.nanoTime();
    List<RunOutcome> outcomes = scheduler.runFor(3);
    Duration took = Duration.ofNanos(System.nanoTime() - before);

    assertThat(runs).hasValue(3);
    assertThat(outcomes)
        .hasSize(3)
        .allSatisfy(
            outcome -> {
              assertThat(outcome.skipped()).isFalse();
              assertThat(outcome.exitCode()).isZero();
            });
    // Fire times are 300 ms apart, so three runs cannot all happen at once.
    assertThat(outcomes.get(2).start()).isAfterOrEqualTo(outcomes.get(0).start().plusMillis(500));
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    List<String> lines = Files.readAllLines(reports.resolve("schedule.log"));
    assertThat(lines)
        .filteredOn(line -> line.contains(" finished: "))
        .hasSize(3)
        .allMatch(
            line ->
                line.matches(
                    "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ run \\d finished: exit 0, start \\S+, end \\S+, duration \\d+\\.\\d s"));
    assertThat(lines)
        .filteredOn(line -> line.contains(" started"))
        .hasSize(4); // the schedule and 3 runs
    assertThat(lines.get(0))
        .endsWith("schedule started: every 300 ms, keeping the last 2 report(s)");
    assertThat(console.toString().lines().toList()).isEqualTo(lines);
  }

  @Test
  void keepsTheLastReportsAfterEachRun() throws IOException {
    Scheduler scheduler = scheduler(new EveryInterval(Duration.ofMillis(200)), writingReports());

    scheduler.runFor(4);

    try (var children = Files.list(reports)) {
      assertThat(children.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("0001-01-01T00-00-03", "0001-01-01T00-00-04", "schedule.log");
    }
    assertThat(Files.readString(reports.resolve("schedule.log")))
        .contains("removed old report 0001-01-01T00-00-01")
        .contains("removed old report 0001-01-01T00-00-02");
  }

  @Test
  void aRunWhileAnotherThreadHoldsTheLockIsRefusedWithoutWork() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Scheduler scheduler =
        scheduler(
            new EveryInterval(Duration.ofSeconds(1)),
            () -> {
              runs.incrementAndGet();
              inside.countDown();
              release.await();
              return 0;
            });
    AtomicReference<RunOutcome> first = new AtomicReference<>();
    Thread running = new Thread(() -> first.set(scheduler.runOnce()));
    running.start();
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

    RunOutcome second = scheduler.runOnce();

    assertThat(second.skipped()).isTrue();
    assertThat(runs).hasValue(1);
    assertThat(Files.readString(reports.resolve("schedule.log")))
        .containsPattern(
            "run skipped: another run holds schedule.lock \\(pid "
                + ProcessHandle.current().pid()
                + " since \\S+\\)");
    release.countDown();
    running.join();
    assertThat(first.get().skipped()).isFalse();
    assertThat(scheduler.runOnce().skipped()).as("the lock is released after the run").isFalse();
    assertThat(runs).hasValue(2);
  }

  @Test
  void aLockHeldByAnotherProcessRefusesTheRunAndACrashReleasesIt() throws Exception {
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                LockHolder.class.getName(),
                lockFile.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader output =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(output.readLine()).isEqualTo("locked");
      Scheduler scheduler = scheduler(new EveryInterval(Duration.ofSeconds(1)), writingReports());

      assertThat(scheduler.runOnce().skipped()).isTrue();
      assertThat(runs).hasValue(0);
      assertThat(Files.readString(reports.resolve("schedule.log")))
          .contains("(pid " + holder.pid() + " since ");

      holder.destroyForcibly().waitFor(); // a crash: the OS drops the lock with the process
      RunOutcome afterCrash = scheduler.runOnce();
      assertThat(afterCrash.skipped()).isFalse();
      assertThat(runs).hasValue(1);
      assertThat(RunLock.holder(lockFile))
          .startsWith("pid " + ProcessHandle.current().pid() + " since ");
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void aFailingJobIsLoggedWithExitOneAndTheNextRunStillHappens() throws IOException {
    Scheduler scheduler =
        scheduler(
            new EveryInterval(Duration.ofMillis(200)),
            () -> {
              if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("store unavailable");
              }
              return 3;
            });

    List<RunOutcome> outcomes = scheduler.runFor(2);

    assertThat(outcomes).extracting(RunOutcome::exitCode).containsExactly(1, 3);
    assertThat(Files.readString(reports.resolve("schedule.log")))
        .contains("run failed: IllegalStateException: store unavailable")
        .contains("run 1 finished: exit 1")
        .contains("run 2 finished: exit 3");
  }

  @Test
  void interruptionEndsTheWaitForTheNextRun() throws Exception {
    Scheduler scheduler = scheduler(new EveryInterval(Duration.ofHours(1)), writingReports());
    AtomicReference<List<RunOutcome>> outcomes = new AtomicReference<>();
    Thread waiting = new Thread(() -> outcomes.set(scheduler.runFor(1)));
    waiting.start();
    while (!console.toString().contains("next run at ")) {
      Thread.sleep(10);
    }

    waiting.interrupt();
    waiting.join(5_000);

    assertThat(waiting.isAlive()).isFalse();
    assertThat(outcomes.get()).isEmpty();
    assertThat(runs).hasValue(0);
    assertThat(console.toString()).contains("schedule stopped: interrupted");
  }

  private Scheduler scheduler(Schedule schedule, ScheduledJob job) {
    return new Scheduler(
        schedule, job, lockFile, log, new ReportRetention(reports, 2), Clock.systemUTC());
  }

  /** A job that writes one dated report folder per run, as the report command does. */
  private ScheduledJob writingReports() {
    return () -> {
      int run = runs.incrementAndGet();
      Path folder =
          Files.createDirectories(reports.resolve(String.format("0001-01-01T00-00-%02d", run)));
      Files.writeString(folder.resolve("report.json"), "{}");
      return 0;
    };
  }
}
