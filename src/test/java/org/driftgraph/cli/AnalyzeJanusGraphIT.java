package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.testing.JanusGraphServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line against a real JanusGraph 1.1 (in-memory backend) behind Gremlin Server in a JVM
 * of its own ({@code --gremlin ws://127.0.0.1:PORT}): {@code --gremlin-load} puts the sample
 * store's graph there, with JanusGraph's own vertex ids; every analysis then answers what the
 * embedded engines answer on the same store: exactly the in-process TinkerGraph's rows, and the
 * Neo4j engine's rows (centrality scores within the contract's 1e-6).
 */
class AnalyzeJanusGraphIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static String store;
  private static JanusGraphServerProcess server;

  @BeforeAll
  static void importAndLoad() throws Exception {
    store = temp.resolve("store").toString();
    CliRun imported =
        CliRun.of(
            "import",
            "import/articles",
            "--store",
            store,
            "--reports",
            temp.resolve("reports").toString());
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    server = JanusGraphServerProcess.start(temp.resolve("janusgraph"));

    JsonNode loaded = remote(true, "path", "--from", "nashir-news-agency", "--to", "mail-ru-group");
    assertThat(loaded.at("/rows/0/ids").toString())
        .isEqualTo("[\"nashir-news-agency\",\"tamtam\",\"mail-ru-group\"]");
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"pagerank", "betweenness", "degree", "closeness", "eigenvector"})
  void centralityOnJanusGraphEqualsBothEmbeddedEngines(String algorithm) throws Exception {
    String[] arguments = {
      "centrality", "--algorithm", algorithm, "--projection", "facts", "--top", "15"
    };
    JsonNode janusGraph = remote(false, arguments);

    assertThat(janusGraph.path("rows")).isNotEmpty();
    assertSameRows(janusGraph, local(arguments));
    assertSameScores(janusGraph.path("rows"), neo4j(arguments).path("rows"));
  }

  @Test
  void everyOtherAnalysisOnJanusGraphEqualsTheEmbeddedEngines() throws Exception {
    List<String[]> analyses =
        List.of(
            new String[] {"path", "--from", "isis", "--to", "mail-ru-group", "--all"},
            new String[] {"chains", "--actor", "isis"},
            new String[] {"owners", "--platform", "tamtam"},
            new String[] {"first", "--event", "london-bridge-attack-2019"},
            new String[] {"displacement"},
            new String[] {"centrality", "--projection", "platforms", "--top", "0"});
    for (String[] arguments : analyses) {
      JsonNode remote = remote(false, arguments);

      assertThat(remote.path("rows")).as(arguments[0]).isNotEmpty();
      assertSameRows(remote, local(arguments));
      if (!arguments[0].equals("centrality")) {
        assertThat(remote.path("rows")).as(arguments[0]).isEqualTo(neo4j(arguments).path("rows"));
      }
    }
  }

  @Test
  void firstOnJanusGraphPutsTamTamAMinuteAheadOfTelegram() throws Exception {
    JsonNode rows = remote(false, "first", "--event", "london-bridge-attack-2019").path("rows");

    assertThat(rows.get(0).path("id").asText()).isEqualTo("tamtam");
    assertThat(rows.get(1).path("id").asText()).isEqualTo("telegram");
    assertThat(rows.get(1).path("lagMinutes").asLong()).isEqualTo(1);
  }

  private static void assertSameRows(JsonNode remote, JsonNode local) {
    assertThat(remote.path("engine").asText()).isEqualTo("gremlin");
    assertThat(remote.path("analysis").asText()).isEqualTo(local.path("analysis").asText());
    assertThat(remote.path("rows")).isEqualTo(local.path("rows"));
  }

  private static JsonNode remote(boolean load, String... arguments) throws Exception {
    List<String> extra = new ArrayList<>(List.of("--gremlin", server.uri().toString()));
    if (load) {
      extra.add("--gremlin-load");
    }
    return run(arguments, extra);
  }

  private static JsonNode local(String... arguments) throws Exception {
    return run(arguments, List.of("--engine", "gremlin"));
  }

  private static JsonNode neo4j(String... arguments) throws Exception {
    return run(arguments, List.of("--engine", "neo4j"));
  }

  /** The same entities in the same order, each score within the contract's tolerance. */
  private static void assertSameScores(JsonNode janusGraph, JsonNode neo4j) {
    assertThat(janusGraph.size()).isEqualTo(neo4j.size());
    for (int i = 0; i < neo4j.size(); i++) {
      assertThat(janusGraph.get(i).path("id").asText())
          .as("rank " + (i + 1))
          .isEqualTo(neo4j.get(i).path("id").asText());
      assertThat(janusGraph.get(i).path("score").asDouble())
          .as(neo4j.get(i).path("id").asText())
          .isCloseTo(neo4j.get(i).path("score").asDouble(), within(1e-6));
    }
  }

  private static JsonNode run(String[] arguments, List<String> engine) throws Exception {
    List<String> line = new ArrayList<>(List.of("analyze"));
    line.addAll(List.of(arguments));
    line.addAll(engine);
    line.addAll(List.of("--format", "json", "--store", store));
    CliRun run = CliRun.of(line.toArray(String[]::new));
    assertThat(run.exitCode())
        .as(String.join(" ", line) + "\n" + run.err())
        .isEqualTo(ExitCodes.OK);
    return JSON.readTree(run.out());
  }
}
