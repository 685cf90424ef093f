package org.driftgraph.store.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One FollowTheMoney entity as Aleph and OpenAleph read it: an id, a schema name and properties
 * whose values are lists of strings.
 *
 * @param id stable across exports of the same graph
 * @param schema the FtM schema, e.g. {@code Person}, {@code Ownership}
 * @param properties property name to its values, none empty
 */
public record FtmEntity(String id, String schema, SortedMap<String, List<String>> properties) {
  public FtmEntity {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an FtM entity needs an id");
    }
    if (schema == null || !schema.matches("[A-Z][A-Za-z]+")) {
      throw new IllegalArgumentException("entity " + id + ": '" + schema + "' is no schema name");
    }
    SortedMap<String, List<String>> copy = new TreeMap<>();
    for (Map.Entry<String, List<String>> property : properties.entrySet()) {
      if (property.getValue().isEmpty()
          || property.getValue().stream().anyMatch(v -> v == null || v.isBlank())) {
        throw new IllegalArgumentException(
            "entity " + id + ": property " + property.getKey() + " has an empty value");
      }
      copy.put(property.getKey(), List.copyOf(property.getValue()));
    }
    properties = Collections.unmodifiableSortedMap(copy);
  }

  /** Collects the properties of one entity, skipping null and blank values and repeats. */
  static final class Builder {
    private final String id;
    private final String schema;
    private final SortedMap<String, List<String>> properties = new TreeMap<>();

    Builder(String id, String schema) {
      this.id = id;
      this.schema = schema;
    }

    Builder add(String property, Object value) {
      if (value instanceof List<?> values) {
        values.forEach(v -> add(property, v));
      } else if (value != null && !String.valueOf(value).isBlank()) {
        List<String> list = properties.computeIfAbsent(property, k -> new ArrayList<>());
        String text = String.valueOf(value).strip();
        if (!list.contains(text)) {
          list.add(text);
        }
      }
      return this;
    }

    FtmEntity build() {
      return new FtmEntity(id, schema, properties);
    }
  }
}
