package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Commands reach a server named only by Neo4j's own variables, and {@code --database} picks the
 * database on it. The server (a harness, authentication off) holds a label of its own, so that its
 * counts cannot be mistaken for the embedded store's.
 */
class ServerConventionsIT {
  private static Neo4j server;
  private static Map<String, String> neo4jVariables;

  @BeforeAll
  static void startServerWithAProbeNode() {
    server =
        Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .withFixture("CREATE (:ServerProbe {id: 'probe'})")
            .build();
    neo4jVariables =
        Map.of(
            "NEO4J_URI", server.boltURI().toString(),
            "NEO4J_USERNAME", "neo4j",
            "NEO4J_PASSWORD", "unused-auth-is-off");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void neo4jVariablesAloneNameTheServer() {
    CliRun run = CliRun.withEnv(neo4jVariables, "stats", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("\"ServerProbe\":1");
  }

  @Test
  void theDatabaseOptionPicksTheDatabase() {
    CliRun home = CliRun.withEnv(neo4jVariables, "stats", "--database", "neo4j");
    assertThat(home.exitCode()).as(home.err()).isEqualTo(ExitCodes.OK);
    assertThat(home.out()).contains("ServerProbe");

    CliRun missing = CliRun.withEnv(neo4jVariables, "stats", "--database", "news");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(missing.err())
        .startsWith("driftgraph: Neo4j at " + server.boltURI() + " has no database 'news'");
  }

  @Test
  void neo4jDatabaseVariableIsReadAndTheOptionWins() {
    Map<String, String> env = new java.util.HashMap<>(neo4jVariables);
    env.put("NEO4J_DATABASE", "news");

    CliRun fromVariable = CliRun.withEnv(env, "stats");
    assertThat(fromVariable.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(fromVariable.err()).contains("has no database 'news'");

    CliRun option = CliRun.withEnv(env, "stats", "--database", "neo4j");
    assertThat(option.exitCode()).as(option.err()).isEqualTo(ExitCodes.OK);
    assertThat(option.out()).contains("ServerProbe");
  }
}
