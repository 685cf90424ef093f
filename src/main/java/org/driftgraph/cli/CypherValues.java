package org.driftgraph.cli;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.types.Entity;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Values from the driver as plain Java for JSON, CSV and tables: a node becomes its properties
 * (sorted by key) plus {@code _labels}, a relationship its properties plus {@code _type} (the
 * underscore keeps them apart from properties such as an entity's {@code type}), a path the list of
 * its nodes and relationships in order, temporal values and points their Cypher text.
 */
final class CypherValues {
  private CypherValues() {}

  static Map<String, Object> plainRow(Map<String, Object> row) {
    Map<String, Object> plain = new LinkedHashMap<>();
    row.forEach((key, value) -> plain.put(key, plain(value)));
    return plain;
  }

  static Object plain(Object value) {
    if (value instanceof Node node) {
      Map<String, Object> map = properties(node);
      List<String> labels = new ArrayList<>();
      node.labels().forEach(labels::add);
      map.put("_labels", labels);
      return map;
    }
    if (value instanceof Relationship relationship) {
      Map<String, Object> map = properties(relationship);
      map.put("_type", relationship.type());
      return map;
    }
    if (value instanceof Path path) {
      List<Object> elements = new ArrayList<>();
      elements.add(plain(path.start()));
      path.forEach(
          segment -> {
            elements.add(plain(segment.relationship()));
            elements.add(plain(segment.end()));
          });
      return elements;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(CypherValues::plain).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      map.forEach((key, item) -> plain.put(String.valueOf(key), plain(item)));
      return plain;
    }
    if (value instanceof TemporalAccessor
        || value instanceof IsoDuration
        || value instanceof Point) {
      return value.toString();
    }
    return value;
  }

  private static Map<String, Object> properties(Entity entity) {
    Map<String, Object> map = new LinkedHashMap<>();
    new TreeMap<>(entity.asMap()).forEach((key, item) -> map.put(key, plain(item)));
    return map;
  }
}
