package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.driftgraph.analyze.neo4j.Neo4jEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * An external Neo4j without the Graph Data Science library (a harness with no procedures
 * registered): centrality says so on stderr and runs on the gremlin engine; the analyses that are
 * plain Cypher stay on Neo4j.
 */
class AnalyzeFallbackIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> PASSWORD =
      Map.of(CliContext.PASSWORD_VARIABLE, "unused-auth-is-off");

  @TempDir static Path temp;
  private static Neo4j withoutGds;
  private static String uri;

  @BeforeAll
  static void startServerWithoutGdsAndImportTheSampleCorpus() {
    withoutGds =
        Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .build();
    uri = withoutGds.boltURI().toString();
    CliRun imported =
        CliRun.withEnv(
            PASSWORD,
            "import",
            "import/articles",
            "--uri",
            uri,
            "--reports",
            temp.resolve("reports").toString());
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
  }

  @AfterAll
  static void stopServer() {
    withoutGds.close();
  }

  @Test
  void theServerReallyHasNoGds() {
    try (Driver driver =
        GraphDatabase.driver(
            uri, AuthTokens.none(), Config.builder().withLogging(Logging.none()).build())) {
      assertThat(Neo4jEngine.hasGds(driver)).isFalse();
    }
  }

  @Test
  void centralityOnAServerWithoutGdsSaysSoAndRunsOnTheGremlinEngine() throws Exception {
    CliRun run =
        CliRun.withEnv(
            PASSWORD,
            "analyze",
            "centrality",
            "--algorithm",
            "pagerank",
            "--top",
            "5",
            "--uri",
            uri,
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err().lines()).containsExactly("driftgraph: " + EngineFactory.NO_GDS);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.path("engine").asText()).isEqualTo("gremlin");
    assertThat(json.path("rows")).hasSize(5);
  }

  @Test
  void aPathOnAServerWithoutGdsStaysOnNeo4j() throws Exception {
    CliRun run =
        CliRun.withEnv(
            PASSWORD,
            "analyze",
            "path",
            "--from",
            "nashir-news-agency",
            "--to",
            "mail-ru-group",
            "--uri",
            uri,
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.path("engine").asText()).isEqualTo("neo4j");
    assertThat(json.at("/rows/0/ids/1").asText()).isEqualTo("tamtam");
  }
}
