package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.testing.TlsNeo4jServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command against a Neo4j server in a JVM of its own, reached as a cluster or Aura is: {@code
 * neo4j+s://} (routing over TLS) and {@code bolt+s://}, TLS required by the server, its certificate
 * self-signed and trusted through {@code --trust-cert} or {@code $DRIFTGRAPH_NEO4J_TRUST_CERT}.
 * Once with GDS registered, once without (the fallback). The analyses over {@code neo4j+s://}
 * answer what the embedded engines (Neo4j with GDS, and the in-process TinkerGraph) answer on a
 * store imported from the same articles.
 */
class TlsRoutingServerIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;

  /** The embedded store, imported from the same articles as the server's graph. */
  private static String embeddedStore;

  @BeforeAll
  static void importTheEmbeddedStore() {
    embeddedStore = shared.resolve("store").toString();
    CliRun imported =
        CliRun.of(
            "import",
            "import/articles",
            "--store",
            embeddedStore,
            "--reports",
            shared.resolve("reports").toString());
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
  }

  /**
   * A server started once for a nested class, with GDS or without, and the sample articles imported
   * into it over {@code neo4j+s://}; killed after the class.
   */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract class ImportedServer {
    private final boolean gds;
    Path temp;
    TlsNeo4jServerProcess server;

    ImportedServer(boolean gds) {
      this.gds = gds;
    }

    @BeforeAll
    void startAndImport(@TempDir Path folder) {
      temp = folder;
      server = TlsNeo4jServerProcess.start(temp.resolve("server"), gds);
      importOverRoutingAndTls(server, temp);
    }

    @AfterAll
    void stop() {
      if (server != null) {
        server.close();
      }
    }
  }

  @Nested
  class WithGds extends ImportedServer {
    WithGds() {
      super(true);
    }

    @Test
    void everyCommandWorksOverRoutingAndTls() throws Exception {
      String routing = server.uri("neo4j+s").toString();
      String trust = server.certificate().toString();

      CliRun stats =
          run(env(), "stats", "--uri", routing, "--trust-cert", trust, "--format", "json");
      assertThat(stats.exitCode()).as(stats.err()).isEqualTo(ExitCodes.OK);
      JsonNode counts = JSON.readTree(stats.out());
      assertThat(counts.toString()).contains("\"Article\":8");

      // bolt+s:// with the certificate named by the variable instead of the option.
      Map<String, String> byVariable = env();
      byVariable.put("DRIFTGRAPH_NEO4J_TRUST_CERT", trust);
      CliRun pagerank =
          run(
              byVariable,
              "analyze",
              "centrality",
              "--algorithm",
              "pagerank",
              "--top",
              "5",
              "--uri",
              server.uri("bolt+s").toString(),
              "--format",
              "json");
      assertThat(pagerank.exitCode()).as(pagerank.err()).isEqualTo(ExitCodes.OK);
      assertThat(pagerank.err()).isEmpty();
      JsonNode scores = JSON.readTree(pagerank.out());
      assertThat(scores.path("engine").asText()).isEqualTo("neo4j");
      assertThat(scores.path("rows")).hasSize(5);

      CliRun path =
          run(
              env(),
              "analyze",
              "path",
              "--from",
              "nashir-news-agency",
              "--to",
              "mail-ru-group",
              "--uri",
              routing,
              "--trust-cert",
              trust,
              "--format",
              "json");
      assertThat(path.exitCode()).as(path.err()).isEqualTo(ExitCodes.OK);
      assertThat(JSON.readTree(path.out()).at("/rows/0/ids/1").asText()).isEqualTo("tamtam");

      Path reports = temp.resolve("report-out");
      CliRun report =
          run(
              env(),
              "report",
              "--uri",
              routing,
              "--trust-cert",
              trust,
              "--out",
              reports.toString());
      assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCodes.OK);
      assertThat(report.out()).contains("Graph: 8 articles");

      Path graphml = temp.resolve("export/driftgraph.graphml");
      CliRun export =
          run(
              env(),
              "export",
              "--format",
              "graphml",
              "--out",
              graphml.toString(),
              "--uri",
              routing,
              "--trust-cert",
              trust);
      assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.OK);
      assertThat(Files.readString(graphml)).contains("<graphml").contains("tamtam");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pagerank", "degree", "betweenness"})
    void centralityOverRoutingAndTlsEqualsTheEmbeddedEngines(String algorithm) throws Exception {
      String[] arguments = {
        "centrality", "--algorithm", algorithm, "--projection", "facts", "--top", "15"
      };
      JsonNode overTls = overRoutingAndTls(server, arguments);

      assertThat(overTls.path("engine").asText()).isEqualTo("neo4j");
      assertThat(overTls.path("rows")).isNotEmpty();
      JsonNode embeddedNeo4j = embedded("neo4j", arguments);
      AnalysisRuns.assertSameRows(overTls, embeddedNeo4j);
      AnalysisRuns.assertSameScores(
          overTls.path("rows"), embedded("gremlin", arguments).path("rows"));
    }

    @Test
    void pathsChainsAndOwnersOverRoutingAndTlsEqualTheEmbeddedEngines() throws Exception {
      List<String[]> analyses =
          List.of(
              new String[] {"path", "--from", "isis", "--to", "mail-ru-group", "--all"},
              new String[] {"chains", "--actor", "isis"},
              new String[] {"owners", "--platform", "tamtam"});
      for (String[] arguments : analyses) {
        JsonNode overTls = overRoutingAndTls(server, arguments);

        assertThat(overTls.path("rows")).as(arguments[0]).isNotEmpty();
        AnalysisRuns.assertSameRows(overTls, embedded("neo4j", arguments));
        AnalysisRuns.assertSameRows(overTls, embedded("gremlin", arguments));
      }
    }

    @Test
    void withoutTheCertificateTheSystemTrustStoreRefusesTheServer() {
      CliRun refused = run(env(), "stats", "--uri", server.uri("neo4j+s").toString());

      assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
      assertThat(refused.err()).startsWith("driftgraph: cannot connect to neo4j+s://127.0.0.1:");
    }

    @Test
    void plainBoltIsRefusedByAServerThatRequiresTls() {
      CliRun refused = run(env(), "stats", "--uri", server.uri("bolt").toString());

      assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
      assertThat(refused.err()).startsWith("driftgraph: cannot connect to bolt://127.0.0.1:");
    }

    @Test
    void aTrustedCertificateNeedsATlsScheme() {
      CliRun refused =
          run(
              env(),
              "stats",
              "--uri",
              server.uri("neo4j+ssc").toString(),
              "--trust-cert",
              server.certificate().toString());

      assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(refused.err()).contains("needs a TLS URI, neo4j+s:// or bolt+s://");
    }
  }

  @Nested
  class WithoutGds extends ImportedServer {
    WithoutGds() {
      super(false);
    }

    @Test
    void centralityFallsBackToTheGremlinEngineOverRoutingAndTls() throws Exception {
      String[] arguments = {"centrality", "--algorithm", "pagerank", "--top", "5"};
      CliRun pagerank = run(env(), withServer(server, arguments).toArray(String[]::new));

      assertThat(pagerank.exitCode()).as(pagerank.err()).isEqualTo(ExitCodes.OK);
      assertThat(pagerank.err().lines()).containsExactly("driftgraph: " + EngineFactory.NO_GDS);
      JsonNode scores = JSON.readTree(pagerank.out());
      assertThat(scores.path("engine").asText()).isEqualTo("gremlin");
      assertThat(scores.path("rows")).hasSize(5);
      AnalysisRuns.assertSameRows(scores, embedded("gremlin", arguments));
    }
  }

  /** Imports the sample articles into the server over {@code neo4j+s://}. */
  private static void importOverRoutingAndTls(TlsNeo4jServerProcess server, Path temp) {
    CliRun imported =
        run(
            env(),
            "import",
            "import/articles",
            "--uri",
            server.uri("neo4j+s").toString(),
            "--trust-cert",
            server.certificate().toString(),
            "--reports",
            temp.resolve("reports").toString());
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
  }

  /** {@code analyze ARGUMENTS} over {@code neo4j+s://}, the certificate trusted by option. */
  private static JsonNode overRoutingAndTls(TlsNeo4jServerProcess server, String[] arguments)
      throws Exception {
    return AnalysisRuns.analyze(
        env(),
        arguments,
        List.of(
            "--uri",
            server.uri("neo4j+s").toString(),
            "--trust-cert",
            server.certificate().toString()));
  }

  /** {@code analyze ARGUMENTS ...} over {@code neo4j+s://}, as one command line. */
  private static List<String> withServer(TlsNeo4jServerProcess server, String[] arguments) {
    List<String> line = new ArrayList<>(List.of("analyze"));
    line.addAll(List.of(arguments));
    line.addAll(
        List.of(
            "--uri",
            server.uri("neo4j+s").toString(),
            "--trust-cert",
            server.certificate().toString(),
            "--format",
            "json"));
    return line;
  }

  /**
   * {@code analyze ARGUMENTS} on the embedded store with the engine {@code neo4j} or {@code
   * gremlin}.
   */
  private static JsonNode embedded(String engine, String[] arguments) throws Exception {
    return AnalysisRuns.analyze(
        Map.of(), arguments, List.of("--engine", engine, "--store", embeddedStore));
  }

  private static Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put(CliContext.PASSWORD_VARIABLE, TlsNeo4jServerProcess.PASSWORD);
    return env;
  }

  private static CliRun run(Map<String, String> env, String... args) {
    return CliRun.withEnv(env, args);
  }
}
