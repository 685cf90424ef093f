package org.driftgraph.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.model.EntityType;
import org.driftgraph.report.ReportData.Ranked;

/**
 * What a new report compares with, read back from an earlier {@code report.json}: the parts of its
 * {@link ReportData} that {@link ReportChanges} keys on. The rest of that file is for people and
 * other tools; it is not read back.
 */
public record PreviousReport(
    String generatedAt,
    List<Map<String, Object>> entities,
    List<Map<String, Object>> statements,
    Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings) {
  public PreviousReport {
    Objects.requireNonNull(generatedAt, "generatedAt");
    entities = entities == null ? List.of() : List.copyOf(entities);
    statements = statements == null ? List.of() : List.copyOf(statements);
    rankings = ReportData.ordered(rankings == null ? Map.of() : rankings);
  }

  /** The same report with the facts read from its {@code statements.jsonl}. */
  PreviousReport withStatements(List<Map<String, Object>> facts) {
    return new PreviousReport(generatedAt, entities, facts, rankings);
  }

  /** One ranking, empty when the report had none. */
  List<Ranked> ranking(CentralityAlgorithm measure, EntityType type) {
    return rankings.getOrDefault(measure, Map.of()).getOrDefault(type, List.of());
  }
}
