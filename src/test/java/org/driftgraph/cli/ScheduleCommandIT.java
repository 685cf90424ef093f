package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schedule command end to end on the sample corpus: waits for the next minute (cron has no
 * finer unit), imports, runs the closing command on the same store, logs the run and prunes.
 */
class ScheduleCommandIT {
  @TempDir Path home;

  @Test
  void oneScheduledRunImportsReportsLogsAndKeepsTheNewestReports() throws IOException {
    copyTree(Path.of("import"), home.resolve("import"));
    for (String name :
        List.of("2026-01-05T07-00-00Z", "2026-01-12T07-00-00Z", "2026-01-19T07-00-00Z")) {
      Files.writeString(
          Files.createDirectories(home.resolve("reports").resolve(name)).resolve("report.json"),
          "{}");
    }
    Path store = home.resolve("store");

    CliRun run =
        CliRun.withEnv(
            Map.of(CliContext.HOME_VARIABLE, home.toString()),
            "schedule",
            "--cron",
            "* * * * *",
            "--runs",
            "1",
            "--keep",
            "2",
            "--import",
            home.resolve("import/articles").toString(),
            "--store",
            store.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("schedule started: cron '* * * * *', keeping the last 2 report(s)")
        .contains("Imported 8 article(s) from 8 file(s)")
        .containsPattern("run 1 finished: exit 0, start \\S+, end \\S+, duration \\d+\\.\\d s");
    assertThat(Files.exists(store)).as("the run used the --store given to schedule").isTrue();
    String log = Files.readString(home.resolve("reports/schedule.log"));
    assertThat(log)
        .contains("run 1 started")
        .contains("run 1 finished: exit 0")
        .contains("removed old report 2026-01-05T07-00-00Z");
    assertThat(home.resolve("reports/2026-01-05T07-00-00Z")).doesNotExist();
    assertThat(home.resolve("reports/2026-01-19T07-00-00Z")).exists();
    assertThat(home.resolve("reports/latest")).as("the import manifest's folder stays").exists();
    assertThat(home.resolve("data/schedule.lock")).content().startsWith("pid ");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> tree = Files.walk(from)) {
      for (Path path : tree.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
