package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.driftgraph.analyze.AnalysisResult;
import org.driftgraph.analyze.AnalysisRow;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.ChainStep;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.analyze.Projection;
import org.driftgraph.model.EntityType;
import org.junit.jupiter.api.Test;

/** The three formats of an analysis result, from records built by hand. */
class AnalyzeOutputTest {
  private static final EntityRef NASHIR =
      new EntityRef("nashir-news-agency", "Nashir News Agency", EntityType.OUTLET);
  private static final EntityRef TAMTAM = new EntityRef("tamtam", "TamTam", EntityType.PLATFORM);
  private static final EntityRef TELEGRAM =
      new EntityRef("telegram", "Telegram", EntityType.PLATFORM);
  private static final EntityRef MAIL_RU =
      new EntityRef("mail-ru-group", "Mail.Ru Group", EntityType.ORGANIZATION);
  private static final EntityRef ISIS = new EntityRef("isis", "ISIS", EntityType.ACTOR);
  private static final Evidence MOVED =
      new Evidence(
          "c1",
          "a1",
          "Nashir on TamTam",
          "02.md",
          "2019-11-29",
          10,
          "The outlet  moved\nto TamTam.");
  private static final Evidence OWNED =
      new Evidence("c2", "a2", null, "06.md", null, 5, "x ".repeat(200));

  @Test
  void aPathReadsAsArrowsFollowingEachFactThenItsHopsWithEvidence() {
    GraphPath path =
        new GraphPath(
            List.of(NASHIR, TAMTAM, MAIL_RU),
            List.of(
                new Hop(
                    "nashir-news-agency",
                    "MIGRATED_TO",
                    "tamtam",
                    true,
                    "2019-11-29",
                    List.of(MOVED)),
                new Hop("tamtam", "OWNED_BY", "mail-ru-group", true, null, List.of(OWNED))));
    GraphPath backwards =
        new GraphPath(
            List.of(TAMTAM, NASHIR),
            List.of(
                new Hop(
                    "tamtam",
                    "MIGRATED_TO",
                    "nashir-news-agency",
                    false,
                    "2019-11-29",
                    List.of(MOVED))));

    String text =
        table(
            AnalysisTables.paths(
                new PathParameters("nashir-news-agency", "mail-ru-group", 6, true)),
            result("path", path, backwards));

    assertThat(text.lines())
        .startsWith(
            "nashir-news-agency -[MIGRATED_TO]-> tamtam -[OWNED_BY]-> mail-ru-group",
            "  nashir-news-agency -[MIGRATED_TO]-> tamtam (2019-11-29)",
            "      2019-11-29  Nashir on TamTam: The outlet moved to TamTam.",
            "  tamtam -[OWNED_BY]-> mail-ru-group");
    assertThat(text)
        .contains("      undated  06.md: x x x", "tamtam <-[MIGRATED_TO]- nashir-news-agency");
    String shortened =
        text.lines().filter(line -> line.contains("06.md")).findFirst().orElseThrow();
    assertThat(shortened).endsWith("…").hasSizeLessThan(AnalysisTables.SENTENCE_LENGTH + 30);
    assertThat(text).endsWith("engine: test (a test engine), 7 ms\n");
  }

  @Test
  void noPathIsASentenceNamingTheLimitAndTheEnds() {
    String text =
        table(AnalysisTables.paths(new PathParameters("a", "b", 6, false)), result("path"));

    assertThat(text)
        .startsWith("No path of at most 6 hops between a and b.\n")
        .contains("engine: test");
  }

  @Test
  void aChainReadsAsOneLineThenItsSteps() {
    MigrationChain chain =
        new MigrationChain(
            ISIS,
            List.of(
                new ChainStep(
                    List.of("facebook", "riot", "twitter"), TELEGRAM, "2015", List.of(MOVED)),
                new ChainStep(List.of("telegram"), TAMTAM, "2017", List.of())));

    String text = table(AnalysisTables.chains("isis"), result("chains", chain));

    assertThat(text.lines())
        .startsWith(
            "isis: facebook, riot, twitter → telegram (2015) → tamtam (2017)",
            "  → telegram (2015), from facebook, riot, twitter",
            "      2019-11-29  Nashir on TamTam: The outlet moved to TamTam.",
            "  → tamtam (2017), from telegram");
  }

  @Test
  void centralityIsARankedTable() {
    String text =
        table(
            AnalysisTables.centrality(Projection.FACTS),
            result(
                "centrality", new CentralityScore(TAMTAM, 0.25), new CentralityScore(ISIS, 0.125)));

    assertThat(text.lines())
        .startsWith(
            "RANK  ID      NAME    TYPE         SCORE",
            "   1  tamtam  TamTam  Platform  0.250000",
            "   2  isis    ISIS    Actor     0.125000");
  }

  @Test
  void firstCarriersShowTheLagAfterTheFirst() {
    String text =
        table(
            AnalysisTables.first("london-bridge-attack-2019"),
            result(
                "first",
                new FirstCarrier(
                    1,
                    TAMTAM,
                    "2019-11-30T17:55Z",
                    List.of("amaq-news-agency"),
                    0L,
                    0L,
                    List.of(MOVED)),
                new FirstCarrier(
                    2, TELEGRAM, "2019-11-30T17:56Z", List.of("isis"), 1L, 0L, List.of())));

    assertThat(text.lines())
        .startsWith(
            "RANK  PLATFORM  DATE               LAG     WHO",
            "   1  tamtam    2019-11-30T17:55Z  first   amaq-news-agency",
            "   2  telegram  2019-11-30T17:56Z  +1 min  isis");
  }

  @Test
  void lagsReadInTheCoarsestUnitTheDatesAllow() {
    assertThat(AnalysisTables.lag(2L, 1L, 0L)).isEqualTo("+1 min");
    assertThat(AnalysisTables.lag(2L, 125L, 0L)).isEqualTo("+2 h 05 min");
    assertThat(AnalysisTables.lag(2L, null, 0L)).isEqualTo("same day");
    assertThat(AnalysisTables.lag(2L, null, 3L)).isEqualTo("+3 days");
    assertThat(AnalysisTables.lag(2L, 3L * 24 * 60, 3L)).isEqualTo("+3 days");
    assertThat(AnalysisTables.lag(2L, null, null)).startsWith("?");
  }

  @Test
  void displacementIsATableWithUnknownDaysMarked() {
    String text =
        table(
            AnalysisTables.displacement(),
            result(
                "displacement",
                new Displacement(
                    ISIS, TELEGRAM, "2015", TAMTAM, "2017", null, List.of(), List.of())));

    assertThat(text.lines())
        .startsWith(
            "ACTOR  BANNED BY  BAN DATE  WENT TO  ARRIVAL  DAYS",
            "isis   telegram   2015      tamtam   2017        ?");
  }

  @Test
  void jsonIsOneObjectWithRowsInRecordKeyOrder() throws Exception {
    StringWriter text = new StringWriter();
    AnalysisOutput.print(
        new PrintWriter(text, true),
        AnalysisFormat.JSON,
        result("centrality", new CentralityScore(TAMTAM, 0.25)),
        AnalysisTables.centrality(Projection.FACTS));

    assertThat(text.toString().lines()).hasSize(1);
    assertThat(text.toString())
        .startsWith(
            "{\"analysis\":\"centrality\",\"engine\":\"test\",\"millis\":7,\"rows\":[{\"id\":\"tamtam\",\"name\":\"TamTam\","
                + "\"type\":\"Platform\",\"score\":0.25}]}");
    JsonNode empty = new ObjectMapper().readTree(AnalysisOutput.json(result("path")));
    assertThat(empty.path("rows").isArray()).isTrue();
    assertThat(empty.path("rows")).isEmpty();
  }

  @Test
  void csvHasAHeaderAndWritesNestedValuesAsJson() {
    MigrationChain chain =
        new MigrationChain(ISIS, List.of(new ChainStep(List.of(), TAMTAM, null, List.of())));

    String csv = AnalysisOutput.csv(result("chains", chain).rows());

    assertThat(csv.lines())
        .containsExactly(
            "actor,actorName,platforms,steps",
            "isis,ISIS,\"[\"\"tamtam\"\"]\",\"[{\"\"from\"\":[],\"\"to\"\":\"\"tamtam\"\",\"\"toName\"\":\"\"TamTam\"\","
                + "\"\"date\"\":null,\"\"evidence\"\":[]}]\"");
    assertThat(AnalysisOutput.csv(List.of())).isEmpty();
  }

  @SafeVarargs
  private static <T extends AnalysisRow> AnalysisResult<T> result(String analysis, T... records) {
    return new AnalysisResult<>(analysis, "test", "test (a test engine)", 7, List.of(records));
  }

  private static <T extends AnalysisRow> String table(TableView<T> view, AnalysisResult<T> result) {
    StringWriter text = new StringWriter();
    AnalysisOutput.print(new PrintWriter(text, true), AnalysisFormat.TABLE, result, view);
    return text.toString();
  }
}
