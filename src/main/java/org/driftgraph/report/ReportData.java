package org.driftgraph.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.model.EntityType;

/**
 * Everything one report shows, as gathered from the analyses and the saved queries; the renderers
 * (Markdown, HTML, JSON) only lay it out. The analyses' results are their records; the saved
 * queries' rows are maps, as the queries return them. {@code report.json} writes the records as
 * {@code analyze --format json} does (see {@link ReportJson}).
 *
 * @param generatedAt UTC timestamp of the report, ISO 8601
 * @param store where the graph lives, as the connection describes it
 * @param engine the analysis engine's description
 * @param entities every entity (id, name, type), by id: what "new entities" compares
 * @param rankings per measure ({@link #MEASURES}), per type ({@link #RANKED_TYPES}), the top
 *     entities, in the order of those lists
 * @param migrationChains the chain of every actor with a MIGRATED_TO fact
 * @param ownershipChains the ownership paths of every platform with an owner
 * @param firstCarriers per event with announcements, the platforms that carried them, earliest
 *     first
 * @param displacement where banned actors went, and after how long
 * @param timeline dated bans, migrations and announcements, one row per claim
 * @param statements every fact with the claims (article, date, sentence) behind it
 * @param platformFlow the DISPLACED_TO relationships between platforms
 * @param factsAround the facts touching the top entities, for the network picture
 * @param changes what changed since the previous report (null in the data the builder returns)
 * @param facts every fact as type, subject, object with names and claim count, without evidence:
 *     what changes compare; not written to report.json ({@code statements.jsonl} has them all)
 * @param timelineDates dated claims per (type, date), for the timeline picture
 * @param network the facts the explorable network draws, with their strongest claims
 * @param totals how long the lists that a report cuts are in all
 */
public record ReportData(
    String generatedAt,
    String store,
    String engine,
    Holdings holdings,
    List<Map<String, Object>> entities,
    List<Map<String, Object>> discovered,
    Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings,
    List<MigrationChain> migrationChains,
    List<GraphPath> ownershipChains,
    List<EventCarriers> firstCarriers,
    List<Displacement> displacement,
    List<Map<String, Object>> timeline,
    List<Map<String, Object>> statements,
    List<Map<String, Object>> platformFlow,
    List<Map<String, Object>> factsAround,
    Changes changes,
    @JsonIgnore List<Map<String, Object>> facts,
    List<Map<String, Object>> timelineDates,
    List<Map<String, Object>> network,
    Totals totals) {

  /** The measures and the entity types the rankings cover. */
  public static final List<CentralityAlgorithm> MEASURES =
      List.of(CentralityAlgorithm.PAGERANK, CentralityAlgorithm.BETWEENNESS);

  public static final List<EntityType> RANKED_TYPES =
      List.of(EntityType.ACTOR, EntityType.PLATFORM, EntityType.OUTLET);

  public ReportData {
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(holdings, "holdings");
    entities = List.copyOf(entities);
    discovered = List.copyOf(discovered);
    rankings = ordered(rankings);
    migrationChains = List.copyOf(migrationChains);
    ownershipChains = List.copyOf(ownershipChains);
    firstCarriers = List.copyOf(firstCarriers);
    displacement = List.copyOf(displacement);
    timeline = List.copyOf(timeline);
    statements = List.copyOf(statements);
    platformFlow = List.copyOf(platformFlow);
    factsAround = List.copyOf(factsAround);
    facts = List.copyOf(facts);
    timelineDates = List.copyOf(timelineDates);
    network = List.copyOf(network);
    Objects.requireNonNull(totals, "totals");
  }

  /**
   * A report whose lists are complete (nothing cut): the facts are the statements, the totals the
   * lists' sizes, and there is no explorable network.
   */
  public ReportData(
      String generatedAt,
      String store,
      String engine,
      Holdings holdings,
      List<Map<String, Object>> entities,
      List<Map<String, Object>> discovered,
      Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings,
      List<MigrationChain> migrationChains,
      List<GraphPath> ownershipChains,
      List<EventCarriers> firstCarriers,
      List<Displacement> displacement,
      List<Map<String, Object>> timeline,
      List<Map<String, Object>> statements,
      List<Map<String, Object>> platformFlow,
      List<Map<String, Object>> factsAround,
      Changes changes) {
    this(
        generatedAt,
        store,
        engine,
        holdings,
        entities,
        discovered,
        rankings,
        migrationChains,
        ownershipChains,
        firstCarriers,
        displacement,
        timeline,
        statements,
        platformFlow,
        factsAround,
        changes,
        statements,
        List.of(),
        List.of(),
        new Totals(timeline.size(), -1, -1, -1, platformFlow.size()));
  }

  /** One ranking: the top entities of a type by a measure, empty when there is none. */
  public List<Ranked> ranking(CentralityAlgorithm measure, EntityType type) {
    return rankings.getOrDefault(measure, Map.of()).getOrDefault(type, List.of());
  }

  /**
   * An unmodifiable copy in enum order, so that {@code report.json} lists measures and types so.
   */
  static Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> ordered(
      Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings) {
    Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> copy =
        new EnumMap<>(CentralityAlgorithm.class);
    rankings.forEach(
        (measure, byType) -> {
          Map<EntityType, List<Ranked>> types = new EnumMap<>(EntityType.class);
          byType.forEach((type, ranked) -> types.put(type, List.copyOf(ranked)));
          copy.put(measure, Collections.unmodifiableMap(types));
        });
    return Collections.unmodifiableMap(copy);
  }

  public ReportData withChanges(Changes changes) {
    return new ReportData(
        generatedAt,
        store,
        engine,
        holdings,
        entities,
        discovered,
        rankings,
        migrationChains,
        ownershipChains,
        firstCarriers,
        displacement,
        timeline,
        statements,
        platformFlow,
        factsAround,
        changes,
        facts,
        timelineDates,
        network,
        totals);
  }

  /**
   * How many rows the lists a report cuts have in all, for their "and N more"; -1 where the list
   * was not counted (it is then complete).
   *
   * @param timeline dated bans, migrations and announcements
   * @param migratingActors actors and outlets with a MIGRATED_TO fact
   * @param ownedPlatforms platforms with an OWNED_BY fact
   * @param announcedEvents events some announcement is about
   * @param platformFlows DISPLACED_TO relationships
   */
  public record Totals(
      long timeline,
      long migratingActors,
      long ownedPlatforms,
      long announcedEvents,
      long platformFlows) {}

  /**
   * What the graph holds: counts from the {@code graph-counts}, {@code entities-by-type} and {@code
   * facts-by-type} queries.
   *
   * @param discovered entities found by extraction and awaiting review
   * @param claimsByFactType the claims behind the facts of each type
   */
  public record Holdings(
      long articles,
      long claims,
      long entities,
      long discovered,
      SortedMap<String, Long> entitiesByType,
      SortedMap<String, Long> factsByType,
      SortedMap<String, Long> claimsByFactType) {
    public Holdings {
      entitiesByType = new TreeMap<>(entitiesByType);
      factsByType = new TreeMap<>(factsByType);
      claimsByFactType = new TreeMap<>(claimsByFactType);
    }

    public long facts() {
      return factsByType.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** One entity's place in a ranking: rank 1 is the highest score within its type. */
  public record Ranked(int rank, String id, String name, EntityType type, double score) {
    public Ranked {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      if (rank < 1) {
        throw new IllegalArgumentException("rank of " + id + " must be positive, not " + rank);
      }
    }
  }

  /** The first carriers of one event, as the {@code first} analysis returns them. */
  public record EventCarriers(String event, String name, List<FirstCarrier> carriers) {
    public EventCarriers {
      Objects.requireNonNull(event, "event");
      carriers = List.copyOf(carriers);
    }
  }

  /**
   * What differs from the previous report.
   *
   * @param previous the previous report's folder name, or null when there is none
   * @param newEntities entities (id, name, type) the previous report did not list
   * @param newFacts facts (type, subject, object, with their evidence) the previous report did not
   *     list
   * @param moves rank changes in the rankings; {@code before} null means the entity was not ranked
   */
  public record Changes(
      String previous,
      String previousGeneratedAt,
      List<Map<String, Object>> newEntities,
      List<Map<String, Object>> newFacts,
      List<Map<String, Object>> newMigrations,
      List<Map<String, Object>> newBans,
      List<RankMove> moves,
      Counts counts) {
    public Changes {
      newEntities = List.copyOf(newEntities);
      newFacts = List.copyOf(newFacts);
      newMigrations = List.copyOf(newMigrations);
      newBans = List.copyOf(newBans);
      moves = List.copyOf(moves);
      if (counts == null) {
        counts =
            new Counts(newEntities.size(), newFacts.size(), newMigrations.size(), newBans.size());
      }
    }

    /** Changes whose lists are complete: the counts are their sizes. */
    public Changes(
        String previous,
        String previousGeneratedAt,
        List<Map<String, Object>> newEntities,
        List<Map<String, Object>> newFacts,
        List<Map<String, Object>> newMigrations,
        List<Map<String, Object>> newBans,
        List<RankMove> moves) {
      this(
          previous,
          previousGeneratedAt,
          newEntities,
          newFacts,
          newMigrations,
          newBans,
          moves,
          null);
    }

    /**
     * How many new entities, facts, migrations and bans there are in all (the lists may be cut).
     */
    public record Counts(long entities, long facts, long migrations, long bans) {}
  }

  /** A change of rank in one ranking between two reports; a null rank means "not in the top". */
  public record RankMove(
      CentralityAlgorithm measure,
      EntityType type,
      String id,
      String name,
      Integer before,
      Integer after) {
    public RankMove {
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(id, "id");
      if (Objects.equals(before, after)) {
        throw new IllegalArgumentException(id + " did not move in " + measure);
      }
    }
  }
}
