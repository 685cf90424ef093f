package org.driftgraph.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.driftgraph.model.EntityType;
import org.junit.jupiter.api.Test;

class AnalysesTest {
  private static final EntityRef ISIS = new EntityRef("isis", "ISIS", EntityType.ACTOR);
  private static final EntityRef NASHIR =
      new EntityRef("nashir-news-agency", "Nashir News Agency", EntityType.OUTLET);
  private static final EntityRef TELEGRAM =
      new EntityRef("telegram", "Telegram", EntityType.PLATFORM);
  private static final EntityRef TAMTAM = new EntityRef("tamtam", "TamTam", EntityType.PLATFORM);
  private static final EntityRef ATTACK =
      new EntityRef("london-bridge-attack-2019", "London Bridge attack", EntityType.EVENT);
  private static final Evidence CLAIM =
      new Evidence("c1", "a1", "A title", "a.md", "2019-11", 0, "ISIS moved to TamTam.");

  private final FakeEngine engine = new FakeEngine(ISIS, NASHIR, TELEGRAM, TAMTAM, ATTACK);
  private final Analyses analyses = new Analyses(engine);

  @Test
  void centralityRowsCarryTheAnalysisTheEngineAndTheRecordsRows() {
    AnalysisResult<?> result =
        analyses.centrality(
            CentralityParameters.of(CentralityAlgorithm.PAGERANK, Projection.FACTS, 2));

    assertThat(result.analysis()).isEqualTo("centrality");
    assertThat(result.engine()).isEqualTo("fake");
    assertThat(result.engineDetail()).isEqualTo("fake (in memory)");
    assertThat(result.millis()).isGreaterThanOrEqualTo(0);
    assertThat(result.rows())
        .extracting(row -> row.get("id"))
        .containsExactly("tamtam", "telegram");
    assertThat(result.rows().get(0))
        .containsExactly(
            Map.entry("id", "tamtam"),
            Map.entry("name", "TamTam"),
            Map.entry("type", "Platform"),
            Map.entry("score", 0.5));
  }

  @Test
  void centralityForWritingScoresEveryNodeButReturnsTheTopRows() {
    List<CentralityScore> written = new ArrayList<>();

    AnalysisResult<?> result =
        analyses.centrality(
            CentralityParameters.of(CentralityAlgorithm.DEGREE, Projection.FACTS, 1),
            written::addAll);

    assertThat(engine.lastTop).isZero();
    assertThat(written)
        .extracting(score -> score.entity().id())
        .containsExactly("tamtam", "telegram", "isis");
    assertThat(result.rows()).extracting(row -> row.get("id")).containsExactly("tamtam");
  }

  @Test
  void everyAnalysisIsNamedInItsResult() {
    assertThat(analyses.paths(new PathParameters("isis", "tamtam", 6, false)).analysis())
        .isEqualTo("path");
    assertThat(analyses.chains("isis").analysis()).isEqualTo("chains");
    assertThat(analyses.chains("nashir-news-agency").rows()).isEmpty();
    assertThat(analyses.owners("tamtam").analysis()).isEqualTo("owners");
    assertThat(analyses.first("london-bridge-attack-2019").analysis()).isEqualTo("first");
    assertThat(analyses.displacement().analysis()).isEqualTo("displacement");
  }

  @Test
  void chainRowsAreTheRecordsRows() {
    AnalysisResult<?> result = analyses.chains("isis");

    assertThat(result.rows())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("actor")).isEqualTo("isis");
              assertThat(row.get("platforms")).isEqualTo(List.of("telegram", "tamtam"));
            });
  }

  @Test
  void anUnknownIdSuggestsTheNearestIdsBeforeTheEngineRuns() {
    assertThatThrownBy(() -> analyses.chains("isiss"))
        .isInstanceOf(UnknownEntityException.class)
        .hasMessageStartingWith("no entity with id 'isiss'; nearest ids: isis, ")
        .satisfies(
            e -> assertThat(((UnknownEntityException) e).nearest()).hasSize(5).startsWith("isis"));
    assertThatThrownBy(() -> analyses.paths(new PathParameters("nashir", "tamtm", 6, false)))
        .isInstanceOf(UnknownEntityException.class)
        .hasMessageStartingWith("no entity with id 'nashir'; nearest ids: nashir-news-agency");
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void aWrongTypeNamesTheIdItsTypeAndTheExpectedType() {
    assertThatThrownBy(() -> analyses.chains("telegram"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'telegram' is a Platform, not an Actor or Outlet");
    assertThatThrownBy(() -> analyses.owners("isis"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'isis' is an Actor, not a Platform");
    assertThatThrownBy(() -> analyses.first("tamtam"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'tamtam' is a Platform, not an Event");
    assertThat(engine.calls).isEmpty();
  }

  @Test
  void chainsAcceptOutletsAndPathsAnyType() {
    analyses.chains("nashir-news-agency");
    analyses.paths(new PathParameters("london-bridge-attack-2019", "telegram", 3, true));

    assertThat(engine.calls)
        .containsExactly("chains nashir-news-agency", "paths london-bridge-attack-2019");
  }

  /** An engine over a handful of entities that answers every analysis with fixed records. */
  private static final class FakeEngine implements AnalysisEngine {
    private final Map<String, EntityRef> entities;
    private final List<String> calls = new ArrayList<>();
    private int lastTop = -1;

    FakeEngine(EntityRef... entities) {
      this.entities =
          Stream.of(entities).collect(Collectors.toMap(EntityRef::id, Function.identity()));
    }

    @Override
    public String describe() {
      return "fake (in memory)";
    }

    @Override
    public String name() {
      return "fake";
    }

    @Override
    public Optional<EntityRef> entity(String id) {
      return Optional.ofNullable(entities.get(id));
    }

    @Override
    public List<String> entityIds() {
      return entities.keySet().stream().sorted().toList();
    }

    @Override
    public List<CentralityScore> centrality(CentralityParameters parameters) {
      lastTop = parameters.top();
      List<CentralityScore> scores =
          List.of(
              new CentralityScore(TAMTAM, 0.5),
              new CentralityScore(TELEGRAM, 0.3),
              new CentralityScore(ISIS, 0.2));
      return parameters.top() == 0 ? scores : scores.subList(0, parameters.top());
    }

    @Override
    public List<GraphPath> paths(PathParameters parameters) {
      calls.add("paths " + parameters.from());
      return List.of(
          new GraphPath(
              List.of(ISIS, TAMTAM),
              List.of(new Hop("isis", "MIGRATED_TO", "tamtam", true, "2019-11", List.of(CLAIM)))));
    }

    @Override
    public List<MigrationChain> chains(String actorId) {
      calls.add("chains " + actorId);
      return !actorId.equals("isis")
          ? List.of()
          : List.of(
              new MigrationChain(
                  ISIS,
                  List.of(new ChainStep(List.of("telegram"), TAMTAM, "2019-11", List.of(CLAIM)))));
    }

    @Override
    public List<GraphPath> owners(String platformId) {
      calls.add("owners " + platformId);
      return List.of();
    }

    @Override
    public List<FirstCarrier> first(String eventId) {
      calls.add("first " + eventId);
      return List.of(
          new FirstCarrier(
              1, TAMTAM, "2019-11-29T17:55Z", List.of("isis"), 0L, 0L, List.of(CLAIM)));
    }

    @Override
    public List<Displacement> displacement() {
      calls.add("displacement");
      return List.of();
    }

    @Override
    public void close() {}
  }
}
