package org.driftgraph.report;

import java.util.List;
import java.util.Map;

/**
 * Reading the rows of the saved queries (statements, timeline, platform flow, ...), whose values
 * are plain Java values or absent. The analyses' results are records and need no reader.
 */
final class Rows {
  private Rows() {}

  /** The value as text, or "" when absent. */
  static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? "" : value.toString();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null
        ? List.of()
        : ((List<Object>) value).stream().map(String::valueOf).toList();
  }

  /** A name with its id when they differ: "TamTam (tamtam)". */
  static String named(Map<String, Object> row, String idKey, String nameKey) {
    String id = text(row, idKey);
    String name = text(row, nameKey);
    return name.isEmpty() || name.equals(id) ? id : name + " (" + id + ")";
  }
}
