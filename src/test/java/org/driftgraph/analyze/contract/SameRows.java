package org.driftgraph.analyze.contract;

import static org.assertj.core.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.analyze.AnalysisRow;
import org.driftgraph.analyze.CentralityScore;

/**
 * Compares the rows two engines return for the same analysis. On a mismatch the message shows the
 * first differing row of each engine in full (their JSON rows), so that the bug can be routed.
 */
final class SameRows {
  /**
   * Scores are compared within 1e-6 absolute: both engines stop iterating PageRank and eigenvector
   * when no score moves by more than 1e-9 (CentralityParameters.DEFAULT_TOLERANCE), so their
   * results differ by far less; betweenness, closeness and degree are exact up to summation order.
   * PageRank is the normalised score on both sides. Order is compared after rounding scores to 6
   * decimals, so that two nodes tied in exact arithmetic may come out of floating point in either
   * order.
   */
  static final double SCORE_TOLERANCE = 1e-6;

  private SameRows() {}

  /** Equal rows (records equal, evidence offsets included) in the same order. */
  static void assertSame(
      String what, List<? extends AnalysisRow> neo4j, List<? extends AnalysisRow> gremlin) {
    for (int i = 0; i < Math.max(neo4j.size(), gremlin.size()); i++) {
      AnalysisRow left = i < neo4j.size() ? neo4j.get(i) : null;
      AnalysisRow right = i < gremlin.size() ? gremlin.get(i) : null;
      if (left == null || !left.equals(right)) {
        fail(mismatch(what, i, neo4j.size(), gremlin.size(), left, right));
      }
    }
  }

  /** The same ids in the same order after rounding, each score within {@link #SCORE_TOLERANCE}. */
  static void assertSameScores(
      String what, List<CentralityScore> neo4j, List<CentralityScore> gremlin) {
    List<String> neo4jIds = AnalysisContract.rankedIds(neo4j);
    List<String> gremlinIds = AnalysisContract.rankedIds(gremlin);
    Map<String, CentralityScore> neo4jById = byId(neo4j);
    Map<String, CentralityScore> gremlinById = byId(gremlin);
    for (int i = 0; i < Math.max(neo4jIds.size(), gremlinIds.size()); i++) {
      CentralityScore left = i < neo4jIds.size() ? neo4jById.get(neo4jIds.get(i)) : null;
      CentralityScore right = i < gremlinIds.size() ? gremlinById.get(gremlinIds.get(i)) : null;
      if (left == null
          || right == null
          || !left.entity().equals(right.entity())
          || Math.abs(left.score() - right.score()) > SCORE_TOLERANCE) {
        fail(
            mismatch(
                what + " (rank order after rounding to 6 decimals)",
                i,
                neo4j.size(),
                gremlin.size(),
                left,
                right));
      }
    }
  }

  private static Map<String, CentralityScore> byId(List<CentralityScore> rows) {
    Map<String, CentralityScore> byId = new HashMap<>();
    rows.forEach(row -> byId.put(row.entity().id(), row));
    return byId;
  }

  private static String mismatch(
      String what,
      int index,
      int neo4jRows,
      int gremlinRows,
      AnalysisRow neo4j,
      AnalysisRow gremlin) {
    Object left = neo4j == null ? "-" : neo4j.toRow();
    Object right = gremlin == null ? "-" : gremlin.toRow();
    if (left.equals(right)) {
      // The JSON rows leave out evidence offsets: show the records themselves.
      left = neo4j;
      right = gremlin;
    }
    return String.format(
        "%s: row %d differs (neo4j %d rows, gremlin %d rows)%n  neo4j:   %s%n  gremlin: %s",
        what, index + 1, neo4jRows, gremlinRows, left, right);
  }
}
