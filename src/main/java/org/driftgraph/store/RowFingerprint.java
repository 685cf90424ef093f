package org.driftgraph.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.driftgraph.model.Digests;

/**
 * The SHA-256 of a write row (maps, lists and plain values, as the driver takes them), the same
 * whatever the order of the maps' keys: what an article is stored as, so that an import of an
 * article whose text, metadata and extraction are all unchanged can leave it alone.
 */
final class RowFingerprint {
  private RowFingerprint() {}

  static String of(Object row) {
    StringBuilder canonical = new StringBuilder();
    append(canonical, row);
    return Digests.sha256Hex(canonical.toString());
  }

  private static void append(StringBuilder out, Object value) {
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      new TreeMap<>(map)
          .forEach(
              (key, entry) -> {
                appendString(out, String.valueOf(key));
                out.append(':');
                append(out, entry);
                out.append(',');
              });
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      list.forEach(
          entry -> {
            append(out, entry);
            out.append(',');
          });
      out.append(']');
    } else if (value instanceof String text) {
      appendString(out, text);
    } else {
      // null, numbers and booleans: their text cannot be mistaken for a quoted string.
      out.append(value);
    }
  }

  private static void appendString(StringBuilder out, String text) {
    out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
  }
}
