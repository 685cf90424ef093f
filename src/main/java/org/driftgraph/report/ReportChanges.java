package org.driftgraph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.model.EntityType;
import org.driftgraph.report.ReportData.Changes;
import org.driftgraph.report.ReportData.RankMove;
import org.driftgraph.report.ReportData.Ranked;

/**
 * Compares a report with the previous one, by the keys the two {@code report.json} files share:
 * entity ids, facts as (type, subject, object), and ranks within each ranking.
 */
public final class ReportChanges {
  private ReportChanges() {}

  /** The changes when there is no previous report: nothing is listed as new. */
  public static Changes none() {
    return new Changes(null, null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /**
   * @param previousName the previous report's folder name
   */
  public static Changes between(String previousName, PreviousReport previous, ReportData current) {
    return between(previousName, previous, current, ReportLimits.DEFAULT.rows());
  }

  /**
   * @param rows how many new entities, facts, migrations and bans are listed; the counts say how
   *     many there are in all
   */
  static Changes between(
      String previousName, PreviousReport previous, ReportData current, int rows) {
    Objects.requireNonNull(previousName, "previousName");
    Set<Object> knownEntities =
        previous.entities().stream().map(e -> e.get("id")).collect(Collectors.toSet());
    List<Map<String, Object>> newEntities =
        current.entities().stream().filter(e -> !knownEntities.contains(e.get("id"))).toList();
    Set<String> knownFacts =
        previous.statements().stream().map(ReportChanges::factKey).collect(Collectors.toSet());
    List<Map<String, Object>> newFacts =
        current.facts().stream().filter(f -> !knownFacts.contains(factKey(f))).toList();
    List<Map<String, Object>> migrations = ofType(newFacts, "MIGRATED_TO");
    List<Map<String, Object>> bans = ofType(newFacts, "BANNED_BY");
    return new Changes(
        previousName,
        previous.generatedAt(),
        first(newEntities, rows),
        first(newFacts, rows),
        first(migrations, rows),
        first(bans, rows),
        moves(previous, current),
        new Changes.Counts(newEntities.size(), newFacts.size(), migrations.size(), bans.size()));
  }

  private static <T> List<T> first(List<T> list, int rows) {
    return list.size() <= rows ? list : list.subList(0, rows);
  }

  private static List<Map<String, Object>> ofType(List<Map<String, Object>> facts, String type) {
    return facts.stream().filter(f -> type.equals(f.get("type"))).toList();
  }

  static String factKey(Map<String, Object> fact) {
    return fact.get("type") + " " + fact.get("subject") + " " + fact.get("object");
  }

  /**
   * Entities whose rank changed, entered or left a ranking, in measure, type, current rank order.
   */
  private static List<RankMove> moves(PreviousReport previous, ReportData current) {
    List<RankMove> moves = new ArrayList<>();
    for (CentralityAlgorithm measure : ReportData.MEASURES) {
      for (EntityType type : ReportData.RANKED_TYPES) {
        List<Ranked> before = previous.ranking(measure, type);
        List<Ranked> after = current.ranking(measure, type);
        Map<String, Ranked> beforeById = new HashMap<>();
        before.forEach(r -> beforeById.put(r.id(), r));
        Set<String> afterIds = after.stream().map(Ranked::id).collect(Collectors.toSet());
        for (Ranked now : after) {
          Ranked then = beforeById.get(now.id());
          Integer thenRank = then == null ? null : then.rank();
          if (!Objects.equals(thenRank, now.rank())) {
            moves.add(new RankMove(measure, type, now.id(), now.name(), thenRank, now.rank()));
          }
        }
        before.stream()
            .filter(r -> !afterIds.contains(r.id()))
            .forEach(r -> moves.add(new RankMove(measure, type, r.id(), r.name(), r.rank(), null)));
      }
    }
    return moves;
  }
}
