package org.driftgraph.analyze;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an analysis returns to its callers: the JSON output is exactly {@code {"analysis":...,
 * "engine":..., "millis":..., "rows":[...]}}.
 *
 * @param engine the engine's short name ({@code neo4j}, {@code gremlin})
 * @param engineDetail where it ran, for people ("gremlin (TinkerGraph in process, loaded from
 *     ...)")
 */
public record AnalysisResult(
    String analysis,
    String engine,
    String engineDetail,
    long millis,
    List<Map<String, Object>> rows) {
  public AnalysisResult {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(engine, "engine");
    rows = List.copyOf(rows);
    if (millis < 0) {
      throw new IllegalArgumentException("millis must not be negative");
    }
  }
}
