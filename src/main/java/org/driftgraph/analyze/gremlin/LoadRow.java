package org.driftgraph.analyze.gremlin;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element to write: its label and its properties, values already in a form every provider
 * stores (a list as a JSON array string). Rows of one batch are grouped by {@link #shape()}, the
 * label with the property keys, because one parameterised traversal writes one shape.
 */
record LoadRow(String label, Map<String, Object> properties, int characters) {
  LoadRow {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(properties, "properties");
    if (characters < 0) {
      throw new IllegalArgumentException("characters must not be negative: " + characters);
    }
  }

  /** The label and the sorted property keys: rows of one shape share a traversal. */
  Shape shape() {
    return new Shape(label, properties.keySet().stream().sorted().toList());
  }

  record Shape(String label, List<String> keys) {
    Shape {
      Objects.requireNonNull(label, "label");
      keys = List.copyOf(keys);
    }
  }
}
