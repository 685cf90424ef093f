package org.driftgraph.analyze;

import java.util.Map;
import java.util.Objects;

/** One node's score. Rows are ordered by score descending, then id ascending. */
public record CentralityScore(EntityRef entity, double score) implements AnalysisRow {
  public CentralityScore {
    Objects.requireNonNull(entity, "entity");
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score of " + entity.id() + " is NaN");
    }
  }

  @Override
  public Map<String, Object> toRow() {
    Map<String, Object> row = entity.toRow();
    row.put("score", score);
    return row;
  }
}
