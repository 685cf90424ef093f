package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    AnalysisRuns.assertSameScores(janusGraph.path("rows"), neo4j(arguments).path("rows"));
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
    AnalysisRuns.assertSameRows(remote, local);
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

  private static JsonNode run(String[] arguments, List<String> engine) throws Exception {
    List<String> options = new ArrayList<>(engine);
    options.addAll(List.of("--store", store));
    return AnalysisRuns.analyze(Map.of(), arguments, options);
  }
}
