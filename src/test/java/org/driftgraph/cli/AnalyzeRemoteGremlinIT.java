package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.driftgraph.testing.LoopbackGremlinServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line against a remote Gremlin Server ({@code --gremlin ws://...}): {@code
 * --gremlin-load} puts the store's graph there, and every analysis then answers exactly what the
 * in-process TinkerGraph answers on the same store (rows compared whole; only the timing differs).
 */
class AnalyzeRemoteGremlinIT {
  @TempDir static Path temp;
  private static String store;
  private static LoopbackGremlinServer server;

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
    server = LoopbackGremlinServer.start();

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
  void centralityOnTheServerEqualsTheInProcessGraph(String algorithm) throws Exception {
    String[] arguments = {
      "centrality", "--algorithm", algorithm, "--projection", "facts", "--top", "15"
    };

    assertSameRows(remote(false, arguments), local(arguments));
  }

  @Test
  void everyOtherAnalysisOnTheServerEqualsTheInProcessGraph() throws Exception {
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
    }
  }

  @Test
  void firstOnTheServerPutsTamTamAMinuteAheadOfTelegram() throws Exception {
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

  private static JsonNode run(String[] arguments, List<String> engine) throws Exception {
    List<String> options = new ArrayList<>(engine);
    options.addAll(List.of("--store", store));
    return AnalysisRuns.analyze(Map.of(), arguments, options);
  }
}
