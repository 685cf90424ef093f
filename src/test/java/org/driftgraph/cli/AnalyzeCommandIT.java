package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every analysis end to end on the sample corpus (import/articles), on both engines, run in process
 * like the launcher runs it. The corpus is imported once; each command opens the store itself.
 */
class AnalyzeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  private static String store;

  @BeforeAll
  static void importSampleCorpus() throws Exception {
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
  }

  @ParameterizedTest
  @ValueSource(strings = {"neo4j", "gremlin"})
  void tamTamIsAmongTheTopFivePlatformsByPageRankOnFacts(String engine) throws Exception {
    JsonNode json =
        analyze(
            engine,
            "centrality",
            "centrality",
            "--algorithm",
            "pagerank",
            "--projection",
            "facts",
            "--top",
            "0");

    List<JsonNode> rows = list(json.path("rows"));
    assertThat(rows).hasSizeGreaterThan(5);
    assertThat(rows.get(0).fieldNames())
        .toIterable()
        .containsExactly("id", "name", "type", "score");
    assertThat(
            rows.stream()
                .filter(row -> row.path("type").asText().equals("Platform"))
                .limit(5)
                .map(row -> row.path("id").asText()))
        .contains("tamtam");
    assertThat(rows.stream().mapToDouble(row -> row.path("score").asDouble()).sum())
        .isCloseTo(1.0, within(1e-6));
    assertThat(rows.stream().map(row -> -row.path("score").asDouble()).toList()).isSorted();
  }

  @ParameterizedTest
  @ValueSource(strings = {"neo4j", "gremlin"})
  void thePathFromNashirToMailRuGroupGoesThroughTamTam(String engine) throws Exception {
    JsonNode json =
        analyze(engine, "path", "path", "--from", "nashir-news-agency", "--to", "mail-ru-group");

    JsonNode path = json.path("rows").get(0);
    assertThat(texts(path.path("ids")))
        .containsExactly("nashir-news-agency", "tamtam", "mail-ru-group");
    assertThat(list(path.path("steps")))
        .extracting(step -> step.path("type").asText())
        .containsExactly("MIGRATED_TO", "OWNED_BY");
    assertThat(list(path.path("steps")))
        .allSatisfy(
            step -> {
              assertThat(step.path("forward").asBoolean()).isTrue();
              assertThat(step.path("evidence")).isNotEmpty();
              assertThat(step.at("/evidence/0/sentence").asText()).isNotBlank();
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"neo4j", "gremlin"})
  void isisChainGoesFromTelegramToTamTam(String engine) throws Exception {
    JsonNode json = analyze(engine, "chains", "chains", "--actor", "isis");

    JsonNode chain = json.path("rows").get(0);
    assertThat(chain.path("actor").asText()).isEqualTo("isis");
    assertThat(texts(chain.path("platforms"))).containsSubsequence("telegram", "tamtam");
    List<String> destinations =
        list(chain.path("steps")).stream().map(step -> step.path("to").asText()).toList();
    assertThat(destinations.indexOf("telegram")).isLessThan(destinations.indexOf("tamtam"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"neo4j", "gremlin"})
  void tamTamsOwnershipEndsAtMailRuGroup(String engine) throws Exception {
    JsonNode json = analyze(engine, "owners", "owners", "--platform", "tamtam");

    assertThat(list(json.path("rows")))
        .isNotEmpty()
        .allSatisfy(
            path -> {
              List<String> ids = texts(path.path("ids"));
              assertThat(ids.get(0)).isEqualTo("tamtam");
              assertThat(ids.get(ids.size() - 1)).isEqualTo("mail-ru-group");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"neo4j", "gremlin"})
  void tamTamCarriedTheLondonBridgeClaimAMinuteBeforeTelegram(String engine) throws Exception {

    JsonNode json = analyze(engine, "first", "first", "--event", "london-bridge-attack-2019");

    List<JsonNode> rows = list(json.path("rows"));
    assertThat(rows).extracting(row -> row.path("id").asText()).startsWith("tamtam", "telegram");
    assertThat(rows.get(0).path("date").asText()).startsWith("2019-11-30T17:55");
    assertThat(rows.get(1).path("date").asText()).startsWith("2019-11-30T17:56");
    assertThat(rows.get(1).path("lagMinutes").asLong()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"neo4j", "gremlin"})
  void isisWentToTamTamAfterTelegramBannedIt(String engine) throws Exception {
    JsonNode json = analyze(engine, "displacement", "displacement");

    assertThat(list(json.path("rows")))
        .anySatisfy(
            row -> {
              assertThat(row.path("actor").asText()).isEqualTo("isis");
              assertThat(row.path("bannedBy").asText()).isEqualTo("telegram");
              assertThat(row.path("to").asText()).isEqualTo("tamtam");
              assertThat(row.path("migrationEvidence")).isNotEmpty();
            });
  }

  @Test
  void aPathTableFollowsTheFactsAndEndsWithTheEngineLine() {
    CliRun run =
        CliRun.of(
            "analyze",
            "path",
            "--from",
            "nashir-news-agency",
            "--to",
            "mail-ru-group",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out().lines().findFirst())
        .hasValue("nashir-news-agency -[MIGRATED_TO]-> tamtam -[OWNED_BY]-> mail-ru-group");
    assertThat(run.out()).contains("  tamtam -[OWNED_BY]-> mail-ru-group");
    assertThat(run.out().lines().reduce((a, b) -> b))
        .hasValueSatisfying(
            line -> assertThat(line).matches("engine: neo4j \\(GDS .*\\), \\d+ ms"));
  }

  @Test
  void aChainTableOnGremlinReadsAsOneLineThenItsSteps() {
    CliRun run =
        CliRun.of("analyze", "chains", "--actor", "isis", "--engine", "gremlin", "--store", store);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out().lines().findFirst())
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .startsWith("isis: ")
                    .containsSubsequence("→ telegram", "→ tamtam"));
    assertThat(run.out()).contains("engine: gremlin (TinkerGraph in process, loaded from ");
  }

  @Test
  void centralityAsCsvHasAHeaderAndOneLinePerRow() {
    CliRun run =
        CliRun.of(
            "analyze",
            "centrality",
            "--algorithm",
            "degree",
            "--top",
            "3",
            "--engine",
            "gremlin",
            "--format",
            "csv",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out().lines()).hasSize(4).first().isEqualTo("id,name,type,score");
  }

  @Test
  void anUnknownActorIsAUsageErrorSuggestingTheNearestIds() {
    CliRun run = CliRun.of("analyze", "chains", "--actor", "isiss", "--store", store);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("driftgraph: no entity with id 'isiss'; nearest ids: isis");
  }

  @Test
  void anEntityOfTheWrongTypeIsAUsageError() {
    CliRun run =
        CliRun.of(
            "analyze", "owners", "--platform", "isis", "--engine", "gremlin", "--store", store);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines()).containsExactly("driftgraph: 'isis' is an Actor, not a Platform");
  }

  @Test
  void writtenScoresCanBeReadBackWithASavedQuery() throws Exception {
    CliRun write =
        CliRun.of(
            "analyze",
            "centrality",
            "--algorithm",
            "degree",
            "--engine",
            "gremlin",
            "--top",
            "1",
            "--write",
            "--format",
            "json",
            "--store",
            store);

    assertThat(write.exitCode()).as(write.err()).isEqualTo(ExitCodes.OK);
    JsonNode top = JSON.readTree(write.out()).at("/rows/0");
    assertThat(write.err()).containsPattern("Wrote degree on \\d+ Entity node\\(s\\) of ");

    CliRun read =
        CliRun.of(
            "query",
            "top-by-score",
            "--param",
            "property=degree",
            "--param",
            "limit=1",
            "--format",
            "json",
            "--store",
            store);

    assertThat(read.exitCode()).as(read.err()).isEqualTo(ExitCodes.OK);
    JsonNode row = JSON.readTree(read.out()).at("/rows/0");
    assertThat(row.path("id").asText()).isEqualTo(top.path("id").asText());
    assertThat(row.path("score").asDouble()).isEqualTo(top.path("score").asDouble());
  }

  @Test
  void aSavedQueryRunsWithItsParameters() throws Exception {
    CliRun table =
        CliRun.of("query", "top-entities-by-degree", "--param", "limit=3", "--store", store);
    CliRun json =
        CliRun.of(
            "query",
            "top-entities-by-degree",
            "--param",
            "limit=3",
            "--format",
            "json",
            "--store",
            store);

    assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCodes.OK);
    assertThat(table.out()).startsWith("id ").contains("3 row(s).", "engine: neo4j");
    assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.OK);
    JsonNode rows = JSON.readTree(json.out()).path("rows");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).path("id").asText()).isEqualTo("isis");
    assertThat(rows.get(0).path("degree").isIntegralNumber()).isTrue();
  }

  /**
   * Runs one analysis as JSON and checks what every run must say: exit 0, the analysis, the engine.
   */
  private static JsonNode analyze(String engine, String analysis, String... arguments)
      throws Exception {
    List<String> line = new ArrayList<>(List.of("analyze"));
    line.addAll(List.of(arguments));
    line.addAll(List.of("--engine", engine, "--format", "json", "--store", store));
    CliRun run = CliRun.of(line.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out().lines()).hasSize(1);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("analysis", "engine", "millis", "rows");
    assertThat(json.path("analysis").asText()).isEqualTo(analysis);
    assertThat(json.path("engine").asText()).isEqualTo(engine);
    return json;
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static List<String> texts(JsonNode array) {
    return list(array).stream().map(JsonNode::asText).toList();
  }
}
