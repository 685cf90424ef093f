package org.driftgraph.analyze;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an analysis returns to its callers: the records, and who ran it for how long. The JSON
 * output is exactly {@code {"analysis":..., "engine":..., "millis":..., "rows":[...]}}, the rows
 * being {@link #rows()}.
 *
 * @param engine the engine's short name ({@code neo4j}, {@code gremlin})
 * @param engineDetail where it ran, for people ("gremlin (TinkerGraph in process, loaded from
 *     ...)")
 * @param records the analysis records, in the engine's order
 */
public record AnalysisResult<T extends AnalysisRow>(
    String analysis, String engine, String engineDetail, long millis, List<T> records) {
  public AnalysisResult {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(engine, "engine");
    records = List.copyOf(records);
    if (millis < 0) {
      throw new IllegalArgumentException("millis must not be negative");
    }
  }

  /** The records as the JSON and CSV outputs write them: one map per record, keys in order. */
  public List<Map<String, Object>> rows() {
    return records.stream().map(AnalysisRow::toRow).toList();
  }
}
