package org.driftgraph.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.driftgraph.analyze.Analyses;
import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.analyze.Projection;
import org.driftgraph.model.EntityType;
import org.driftgraph.query.QueryRunner;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.report.ReportData.EventCarriers;
import org.driftgraph.report.ReportData.Holdings;
import org.driftgraph.report.ReportData.Ranked;
import org.driftgraph.report.ReportData.Totals;
import org.neo4j.driver.Driver;

/**
 * Gathers a report: every figure comes from an analysis ({@link Analyses}) or a saved query of
 * {@code cypher/queries/}; this class only decides which ones to run and for which ids.
 */
public final class ReportBuilder {
  /** How many entities of each type each ranking lists. */
  public static final int DEFAULT_TOP = 10;

  /** How many of the top entities of each ranked type the fact-graph picture is drawn around. */
  static final int PICTURE_CENTRES = 3;

  private final AnalysisEngine engine;
  private final Analyses analyses;
  private final QueryRunner queries;
  private final String store;
  private final Clock clock;
  private final int top;
  private final ReportLimits limits;

  public ReportBuilder(Driver driver, AnalysisEngine engine) {
    this(driver, engine, "Neo4j", Clock.systemUTC(), DEFAULT_TOP);
  }

  public ReportBuilder(Driver driver, AnalysisEngine engine, String store, Clock clock, int top) {
    this(driver, engine, store, clock, top, ReportLimits.DEFAULT);
  }

  /**
   * @param store how the report names the store, e.g. the connection's description
   * @param top how many entities of each type each ranking lists
   * @param limits how much of each list the report spells out
   */
  public ReportBuilder(
      Driver driver,
      AnalysisEngine engine,
      String store,
      Clock clock,
      int top,
      ReportLimits limits) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.analyses = new Analyses(engine);
    this.queries = new QueryRunner(Objects.requireNonNull(driver, "driver"));
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, not " + top);
    }
    this.top = top;
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Called after each step of {@link #build}, for progress on a terminal. */
  public interface StepListener {
    StepListener NONE = (step, done, total) -> {};

    void stepDone(String step, int done, int total);
  }

  public ReportData build() {
    return build(StepListener.NONE);
  }

  public ReportData build(StepListener listener) {
    Steps steps = new Steps(Objects.requireNonNull(listener, "listener"), 14);
    Holdings holdings = steps.done("counts", holdings());
    List<Map<String, Object>> facts = steps.done("facts", rows("fact-keys"));
    List<Map<String, Object>> statements =
        steps.done(
            "statements",
            bounded(
                "strongest-statements",
                Map.of(
                    "factsPerType", limits.factsPerType(),
                    "claimsPerFact", limits.claimsPerFactFor(holdings.claims()))));
    // An analysis row of a large store fetches only the claims one table cell can cite.
    int evidence = limits.analysisEvidenceFor(holdings.claims());
    Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings =
        steps.done("rankings", rankings(inFacts(facts)));
    List<Map<String, Object>> entities = steps.done("entities", saved("all-entities"));
    List<Map<String, Object>> discovered =
        steps.done(
            "discovered entities",
            bounded("discovered", Map.of("limit", ReportLayout.DISCOVERED_SHOWN)));
    List<Map<String, Object>> actors = subjects("chain-actors");
    List<MigrationChain> chains =
        steps.done(
            "migration chains", forEach(actors, id -> analyses.chains(id, evidence).records()));
    List<Map<String, Object>> platforms = subjects("chain-platforms");
    List<GraphPath> owners =
        steps.done(
            "ownership chains", forEach(platforms, id -> analyses.owners(id, evidence).records()));
    List<Map<String, Object>> events = subjects("carried-events");
    List<EventCarriers> first = steps.done("first carriers", firstCarriers(events, evidence));
    List<Displacement> displacement =
        steps.done("displacement", analyses.displacement(evidence).records());
    List<Map<String, Object>> timeline =
        steps.done("timeline", bounded("timeline-rows", Map.of("limit", limits.rows())));
    List<Map<String, Object>> timelineDates = steps.done("timeline dates", rows("timeline-dates"));
    List<Map<String, Object>> flow =
        steps.done("platform flow", bounded("platform-flow", Map.of("limit", limits.rows())));
    List<Map<String, Object>> around =
        steps.done(
            "facts around the top entities",
            queries.rows(
                SavedQueries.load("facts-around"),
                Map.of("ids", String.join(",", pictureCentres(rankings)))));
    List<Map<String, Object>> network =
        steps.done(
            "network",
            bounded(
                "network-facts",
                Map.of(
                    "nodes", limits.networkNodes(),
                    "links", limits.networkLinks(),
                    "claimsPerFact", 2)));
    Totals totals =
        new Totals(
            timelineDates.stream().mapToLong(row -> number(row, "claims")).sum(),
            total(actors),
            total(platforms),
            total(events),
            total(flow));
    return new ReportData(
        Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
        store,
        engine.describe(),
        holdings,
        entities,
        discovered,
        rankings,
        chains,
        owners,
        first,
        displacement,
        timeline,
        statements,
        flow,
        around,
        null,
        facts,
        timelineDates,
        network,
        totals);
  }

  /** Counts the steps of one build for its listener. */
  private static final class Steps {
    private final StepListener listener;
    private final int total;
    private int done;

    Steps(StepListener listener, int total) {
      this.listener = listener;
      this.total = total;
    }

    <T> T done(String step, T result) {
      listener.stepDone(step, ++done, total);
      return result;
    }
  }

  private Holdings holdings() {
    Map<String, Object> counts = saved("graph-counts").get(0);
    SortedMap<String, Long> entitiesByType = new TreeMap<>();
    saved("entities-by-type")
        .forEach(row -> entitiesByType.put((String) row.get("type"), number(row, "entities")));
    SortedMap<String, Long> factsByType = new TreeMap<>();
    SortedMap<String, Long> claimsByFactType = new TreeMap<>();
    for (Map<String, Object> row : saved("facts-by-type")) {
      factsByType.put((String) row.get("type"), number(row, "facts"));
      claimsByFactType.put((String) row.get("type"), number(row, "claims"));
    }
    return new Holdings(
        number(counts, "articles"),
        number(counts, "claims"),
        number(counts, "entities"),
        number(counts, "discovered"),
        entitiesByType,
        factsByType,
        claimsByFactType);
  }

  /**
   * Every score on the facts projection, cut to the top of each ranked type among the entities that
   * take part in a fact: the gazetteer's hundreds of unconnected entities all share the lowest
   * score.
   */
  private Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings(Set<String> inFacts) {
    Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings = new LinkedHashMap<>();
    for (CentralityAlgorithm measure : ReportData.MEASURES) {
      CentralityParameters parameters = CentralityParameters.of(measure, Projection.FACTS, 0);
      List<CentralityScore> scores = analyses.centrality(parameters).records();
      Map<EntityType, List<Ranked>> byType = new LinkedHashMap<>();
      for (EntityType type : ReportData.RANKED_TYPES) {
        List<Ranked> ranked = new ArrayList<>();
        for (CentralityScore score : scores) {
          EntityRef entity = score.entity();
          if (entity.type() == type && inFacts.contains(entity.id()) && ranked.size() < top) {
            ranked.add(
                new Ranked(ranked.size() + 1, entity.id(), entity.name(), type, score.score()));
          }
        }
        byType.put(type, ranked);
      }
      rankings.put(measure, byType);
    }
    return rankings;
  }

  private List<EventCarriers> firstCarriers(List<Map<String, Object>> announced, int evidence) {
    List<EventCarriers> events = new ArrayList<>();
    for (Map<String, Object> event : announced) {
      String id = (String) event.get("id");
      events.add(
          new EventCarriers(
              id, (String) event.get("name"), analyses.first(id, evidence).records()));
    }
    return events;
  }

  private static Set<String> inFacts(List<Map<String, Object>> facts) {
    Set<String> ids = new HashSet<>();
    facts.forEach(
        fact -> {
          ids.add((String) fact.get("subject"));
          ids.add((String) fact.get("object"));
        });
    return ids;
  }

  /** The top PageRank entities of each ranked type: the centres of the fact-graph picture. */
  private static List<String> pictureCentres(
      Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    rankings
        .get(CentralityAlgorithm.PAGERANK)
        .values()
        .forEach(ranked -> ranked.stream().limit(PICTURE_CENTRES).forEach(r -> ids.add(r.id())));
    return List.copyOf(ids);
  }

  /** The records of one analysis run for each entity listed, in its order. */
  private static <T> List<T> forEach(
      List<Map<String, Object>> entities, Function<String, List<T>> analysis) {
    List<T> rows = new ArrayList<>();
    for (Map<String, Object> entity : entities) {
      rows.addAll(analysis.apply((String) entity.get("id")));
    }
    return rows;
  }

  /** The first entities a report query lists for an analysis, each row with their total. */
  private List<Map<String, Object>> subjects(String query) {
    return bounded(query, Map.of("limit", limits.subjects()));
  }

  /** The total a bounded list query gives on each row; the list is complete when it is empty. */
  private static long total(List<Map<String, Object>> rows) {
    return rows.isEmpty() ? 0 : number(rows.get(0), "total");
  }

  /** A saved query of {@code cypher/queries/}, without parameters. */
  private List<Map<String, Object>> saved(String query) {
    return queries.rows(SavedQueries.load(query), Map.of());
  }

  /** A report query of {@code cypher/report/}, without parameters. */
  private List<Map<String, Object>> rows(String query) {
    return bounded(query, Map.of());
  }

  /** A report query of {@code cypher/report/} with its limits. */
  private List<Map<String, Object>> bounded(String query, Map<String, ?> parameters) {
    Map<String, String> given = new LinkedHashMap<>();
    parameters.forEach((name, value) -> given.put(name, String.valueOf(value)));
    return queries.rows(ReportQueries.load(query), given);
  }

  private static long number(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? 0 : ((Number) value).longValue();
  }
}
