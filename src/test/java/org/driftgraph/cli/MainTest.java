package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Command-line behaviour that needs no store: help, usage errors and their exit codes. */
class MainTest {

  @Test
  void helpListsEveryCommandAndExitsZero() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("run", "import", "stats", "export", "Exit codes");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : new String[] {"run", "import", "stats", "export"}) {
      CliRun run = CliRun.of(command, "--help");

      assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).as(command).contains("Usage: driftgraph " + command);
    }
  }

  @Test
  void unknownOptionIsAUsageErrorWithOneLineAndAHint() {
    CliRun run = CliRun.of("stats", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "driftgraph: Unknown option: '--no-such-option'", "Try 'driftgraph stats --help'.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("driftgraph: a command is required");
  }

  @Test
  void importWithoutPathsIsAUsageError() {
    CliRun run = CliRun.of("import");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing required parameter");
  }

  @Test
  void badFormatValueIsAUsageError() {
    CliRun run = CliRun.of("stats", "--format", "yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--format");
  }

  @Test
  void remoteStoreWithoutPasswordIsAUsageErrorThatNamesTheVariable() {
    CliRun run = CliRun.of("stats", "--uri", "bolt://127.0.0.1:1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip())
        .isEqualTo(
            "driftgraph: --uri needs the password in $DRIFTGRAPH_NEO4J_PASSWORD (or $NEO4J_PASSWORD)");
  }

  @Test
  void remoteStoreWithAnHttpUriIsAUsageError() {
    CliRun run =
        CliRun.withEnv(
            Map.of(CliContext.PASSWORD_VARIABLE, "secret"),
            "stats",
            "--uri",
            "http://localhost:7474");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--uri must be bolt://, neo4j://");
  }

  @Test
  void unreachableServerIsAFailureWithOneLineAndNoStackTrace() {
    CliRun run =
        CliRun.withEnv(
            Map.of(CliContext.PASSWORD_VARIABLE, "secret"), "stats", "--uri", "bolt://127.0.0.1:1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err())
        .startsWith("driftgraph: cannot connect to bolt://127.0.0.1:1")
        .doesNotContain("\tat ", "Exception");
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRun run =
        CliRun.withEnv(
            Map.of(CliContext.PASSWORD_VARIABLE, "secret"),
            "stats",
            "--verbose",
            "--uri",
            "bolt://127.0.0.1:1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).contains("\tat ");
  }
}
