package org.driftgraph.cli;

import java.util.List;
import java.util.Map;

/** Typed reads of analysis rows (the maps of {@code toRow()}), for the table printers. */
final class RowValues {
  private RowValues() {}

  static String text(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? null : value.toString();
  }

  static Long number(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? null : ((Number) value).longValue();
  }

  static boolean flag(Map<String, Object> row, String key) {
    return Boolean.TRUE.equals(row.get(key));
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  static List<String> texts(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null ? List.of() : (List<String>) value;
  }
}
