package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code analyze} runs in process with JSON output, and how the cross-engine tests compare them:
 * rows equal as a whole, or, for centrality between engines that compute scores differently, the
 * same entities in the same order with each score within the contract suite's tolerance.
 */
final class AnalysisRuns {
  /** The contract suite's tolerance for centrality scores (contract/SameRows). */
  static final double SCORE_TOLERANCE = 1e-6;

  private static final ObjectMapper JSON = new ObjectMapper();

  private AnalysisRuns() {}

  /**
   * {@code driftgraph analyze ARGUMENTS OPTIONS --format json} with the variables {@code env};
   * fails the test unless it exits OK.
   */
  static JsonNode analyze(Map<String, String> env, String[] arguments, List<String> options)
      throws Exception {
    List<String> line = new ArrayList<>(List.of("analyze"));
    line.addAll(List.of(arguments));
    line.addAll(options);
    line.addAll(List.of("--format", "json"));
    CliRun run = CliRun.withEnv(env, line.toArray(String[]::new));
    assertThat(run.exitCode())
        .as(String.join(" ", line) + "\n" + run.err())
        .isEqualTo(ExitCodes.OK);
    return JSON.readTree(run.out());
  }

  /** The same analysis with the same rows, compared whole. */
  static void assertSameRows(JsonNode actual, JsonNode expected) {
    assertThat(actual.path("analysis").asText()).isEqualTo(expected.path("analysis").asText());
    assertThat(actual.path("rows")).isEqualTo(expected.path("rows"));
  }

  /** The same entities in the same order, each score within {@link #SCORE_TOLERANCE}. */
  static void assertSameScores(JsonNode actualRows, JsonNode expectedRows) {
    assertThat(actualRows.size()).isEqualTo(expectedRows.size());
    for (int i = 0; i < expectedRows.size(); i++) {
      String id = expectedRows.get(i).path("id").asText();
      assertThat(actualRows.get(i).path("id").asText()).as("rank " + (i + 1)).isEqualTo(id);
      assertThat(actualRows.get(i).path("score").asDouble())
          .as(id)
          .isCloseTo(expectedRows.get(i).path("score").asDouble(), within(SCORE_TOLERANCE));
    }
  }
}
