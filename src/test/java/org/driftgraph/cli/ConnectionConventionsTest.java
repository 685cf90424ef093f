package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection conventions as a user meets them, through picocli with an injected environment:
 * exit codes and messages, no Neo4j started (each case fails before a store opens).
 */
class ConnectionConventionsTest {
  @TempDir Path temp;

  @Test
  void anotherDatabaseOnTheEmbeddedStoreIsAUsageError() {
    CliRun run = CliRun.of("stats", "--database", "news");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines())
        .containsExactly(
            "driftgraph: --database news: the embedded store has one database, neo4j;"
                + " other databases need a server (--uri or $NEO4J_URI)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void neo4jUriFromTheEnvironmentIsUsedAndNeedsAPassword() {
    CliRun run = CliRun.withEnv(Map.of("NEO4J_URI", "bolt://127.0.0.1:1"), "stats");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "driftgraph: $NEO4J_URI needs the password in $DRIFTGRAPH_NEO4J_PASSWORD"
                + " (or $NEO4J_PASSWORD)"
                + System.lineSeparator());
  }

  @Test
  void aNeo4jUriWithAnotherSchemeIsAUsageErrorNamingTheVariable() {
    CliRun run =
        CliRun.withEnv(
            Map.of("NEO4J_URI", "http://127.0.0.1:7474", "NEO4J_PASSWORD", "secret-1"), "stats");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("driftgraph: $NEO4J_URI must be bolt://, neo4j://");
  }

  @Test
  void anUnreachableServerFromNeo4jUriIsAFailureNamingIt() {
    CliRun run =
        CliRun.withEnv(
            Map.of("NEO4J_URI", "bolt://127.0.0.1:1", "NEO4J_PASSWORD", "secret-1"), "stats");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).startsWith("driftgraph: cannot connect to bolt://127.0.0.1:1");
  }

  @Test
  void helpShowsTheDatabaseOptionAndTheVariables() {
    CliRun run = CliRun.of("stats", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("--database=NAME", "$NEO4J_DATABASE", "$NEO4J_URI", "$NEO4J_USERNAME");
  }

  @Test
  void completionPrintsABashScriptThatRegistersTheCommandsAndOptions()
      throws IOException, InterruptedException {
    CliRun run = CliRun.of("completion");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_driftgraph")
        .contains("analyze", "schedule", "completion")
        .contains("--database", "--uri", "--store");

    Path script = temp.resolve("driftgraph-completion.bash");
    Files.writeString(script, run.out(), StandardCharsets.UTF_8);
    // bash sources it and offers the subcommands for "driftgraph st".
    String offered =
        bash(
            "source '"
                + script
                + "'; COMP_WORDS=(driftgraph st); COMP_CWORD=1; COMP_LINE='driftgraph st';"
                + " COMP_POINT=${#COMP_LINE}; _complete_driftgraph; printf '%s\\n' \"${COMPREPLY[@]}\"");
    assertThat(offered.lines()).contains("stats").doesNotContain("import");
  }

  private static String bash(String script) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
