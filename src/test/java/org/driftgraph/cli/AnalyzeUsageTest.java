package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command lines that are wrong before any store or server is opened. */
class AnalyzeUsageTest {
  @TempDir Path temp;

  @Test
  void analyzeWithoutAnAnalysisIsAUsageError() {
    CliRun run = CliRun.of("analyze");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("an analysis is required: centrality, path, chains, owners, first, displacement");
  }

  @Test
  void gremlinLoadNeedsAGremlinServer() {
    CliRun run = CliRun.of("analyze", "displacement", "--gremlin-load", "--store", store());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines())
        .containsExactly(
            "driftgraph: --gremlin-load needs --gremlin: the in-process gremlin engine always loads the store");
  }

  @Test
  void aGremlinServerExcludesTheNeo4jEngineAndMustBeAWebSocket() {
    CliRun both =
        CliRun.of("analyze", "displacement", "--engine", "neo4j", "--gremlin", "ws://127.0.0.1:1");
    CliRun http = CliRun.of("analyze", "displacement", "--gremlin", "http://127.0.0.1:8182");

    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err())
        .contains("--gremlin runs the gremlin engine: it excludes --engine neo4j");
    assertThat(http.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(http.err()).contains("--gremlin must be ws://HOST:PORT");
  }

  @Test
  void anUnreachableGremlinServerIsAFailureOnOneLine() {
    CliRun run = CliRun.of("analyze", "displacement", "--gremlin", "ws://127.0.0.1:1");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("driftgraph: cannot reach the Gremlin server at ws://127.0.0.1:1");
  }

  @Test
  void parametersTheRecordsRejectAreUsageErrors() {
    CliRun samePoint =
        CliRun.of("analyze", "path", "--from", "isis", "--to", "isis", "--store", store());
    CliRun sampledPageRank =
        CliRun.of("analyze", "centrality", "--sample", "10", "--store", store());
    CliRun negativeTop = CliRun.of("analyze", "centrality", "--top", "-1", "--store", store());
    CliRun unknownAlgorithm =
        CliRun.of("analyze", "centrality", "--algorithm", "katz", "--store", store());

    assertThat(samePoint.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(samePoint.err()).contains("a path needs two different entities, not isis twice");
    assertThat(sampledPageRank.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(sampledPageRank.err())
        .contains("only betweenness samples source nodes, not pagerank");
    assertThat(negativeTop.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(negativeTop.err()).contains("top must be 0 (all) or positive, not -1");
    assertThat(unknownAlgorithm.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknownAlgorithm.err()).contains("--algorithm", "katz");
  }

  /** A store folder that these command lines never get to open. */
  private String store() {
    return temp.resolve("never-opened").toString();
  }
}
