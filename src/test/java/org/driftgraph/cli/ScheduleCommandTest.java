package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The schedule command's usage errors: refused before any store is opened or any wait begins. */
class ScheduleCommandTest {
  @Test
  void anInvalidCronExpressionExitsTwoNamingIt() {
    CliRun run = CliRun.of("schedule", "--cron", "0 25 * * MON");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("driftgraph: invalid cron expression '0 25 * * MON': ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void theCronExpressionIsRequiredAndKeepAndRunsMustBePositive() {
    assertThat(CliRun.of("schedule").exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun keep = CliRun.of("schedule", "--cron", "0 7 * * MON", "--keep", "0");
    assertThat(keep.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(keep.err()).contains("--keep must be at least 1, not 0");
    CliRun runs = CliRun.of("schedule", "--cron", "0 7 * * MON", "--runs", "0");
    assertThat(runs.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(runs.err()).contains("--runs must be at least 1, not 0");
  }

  @Test
  void aMissingImportFolderIsNamed() {
    CliRun run = CliRun.of("schedule", "--cron", "0 7 * * MON", "--import", "no/such/folder");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--import: no such file or folder: no/such/folder");
  }
}
