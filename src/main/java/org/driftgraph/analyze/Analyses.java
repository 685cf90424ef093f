package org.driftgraph.analyze;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Ids;

/**
 * The analyses as their callers (the CLI, later the reports) run them: ids checked before the
 * engine sees them, the engine's time measured, the records kept as they are. Engines return no
 * rows for an id they do not know, so a typo would read as "nothing found" without these checks.
 */
public final class Analyses {
  /** How many near ids an unknown id suggests. */
  static final int SUGGESTIONS = 5;

  /** Evidence per list meaning "every claim". */
  public static final int ALL_EVIDENCE = 0;

  private final AnalysisEngine engine;

  public Analyses(AnalysisEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  public AnalysisResult<CentralityScore> centrality(CentralityParameters parameters) {
    return run("centrality", () -> engine.centrality(parameters));
  }

  /**
   * Scores every node of the projection, hands all of them to {@code everyScore} (what {@code
   * --write} stores) and returns the rows cut to {@code parameters.top()}.
   */
  public AnalysisResult<CentralityScore> centrality(
      CentralityParameters parameters, Consumer<List<CentralityScore>> everyScore) {
    CentralityParameters all =
        new CentralityParameters(
            parameters.algorithm(),
            parameters.projection(),
            0,
            parameters.samplingSize(),
            parameters.samplingSeed(),
            parameters.maxIterations(),
            parameters.tolerance(),
            parameters.dampingFactor());
    long started = System.nanoTime();
    List<CentralityScore> scores = engine.centrality(all);
    long millis = millisSince(started);
    everyScore.accept(scores);
    List<CentralityScore> shown =
        parameters.top() == 0
            ? scores
            : scores.subList(0, Math.min(parameters.top(), scores.size()));
    return result("centrality", millis, shown);
  }

  public AnalysisResult<GraphPath> paths(PathParameters parameters) {
    require(parameters.from(), Set.of());
    require(parameters.to(), Set.of());
    return run("path", () -> engine.paths(parameters));
  }

  public AnalysisResult<MigrationChain> chains(String actorId) {
    return chains(actorId, ALL_EVIDENCE);
  }

  /**
   * @param evidence claims kept per evidence list, the strongest ({@link #ALL_EVIDENCE}: all)
   */
  public AnalysisResult<MigrationChain> chains(String actorId, int evidence) {
    require(actorId, Set.of(EntityType.ACTOR, EntityType.OUTLET));
    return run("chains", () -> engine.chains(actorId, requireBound(evidence)));
  }

  public AnalysisResult<GraphPath> owners(String platformId) {
    return owners(platformId, ALL_EVIDENCE);
  }

  /** See {@link #chains(String, int)}. */
  public AnalysisResult<GraphPath> owners(String platformId, int evidence) {
    require(platformId, Set.of(EntityType.PLATFORM));
    return run("owners", () -> engine.owners(platformId, requireBound(evidence)));
  }

  public AnalysisResult<FirstCarrier> first(String eventId) {
    return first(eventId, ALL_EVIDENCE);
  }

  /** See {@link #chains(String, int)}. */
  public AnalysisResult<FirstCarrier> first(String eventId, int evidence) {
    require(eventId, Set.of(EntityType.EVENT));
    return run("first", () -> engine.first(eventId, requireBound(evidence)));
  }

  public AnalysisResult<Displacement> displacement() {
    return displacement(ALL_EVIDENCE);
  }

  /** See {@link #chains(String, int)}. */
  public AnalysisResult<Displacement> displacement(int evidence) {
    return run("displacement", () -> engine.displacement(requireBound(evidence)));
  }

  private static int requireBound(int evidence) {
    if (evidence < 0) {
      throw new IllegalArgumentException("evidence per list must be 0 (all) or more: " + evidence);
    }
    return evidence;
  }

  /**
   * Fails when the engine does not hold the id (suggesting the nearest ids) or holds it with a type
   * outside {@code expected} (empty: any type).
   */
  private void require(String id, Set<EntityType> expected) {
    EntityRef entity =
        engine
            .entity(id)
            .orElseThrow(
                () ->
                    new UnknownEntityException(
                        "no entity with id '" + id + "'",
                        Ids.nearest(id, engine.entityIds(), SUGGESTIONS)));
    if (!expected.isEmpty() && !expected.contains(entity.type())) {
      String wanted =
          expected.stream().map(EntityType::label).sorted().collect(Collectors.joining(" or "));
      throw new UnknownEntityException(
          "'" + id + "' is " + withArticle(entity.type().label()) + ", not " + withArticle(wanted),
          List.of());
    }
  }

  private static String withArticle(String label) {
    return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  private <T extends AnalysisRow> AnalysisResult<T> run(String analysis, Supplier<List<T>> call) {
    long started = System.nanoTime();
    List<T> records = call.get();
    return result(analysis, millisSince(started), records);
  }

  private <T extends AnalysisRow> AnalysisResult<T> result(
      String analysis, long millis, List<T> records) {
    return new AnalysisResult<>(analysis, engine.name(), engine.describe(), millis, records);
  }

  private static long millisSince(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
