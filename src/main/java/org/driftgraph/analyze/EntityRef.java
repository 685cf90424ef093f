package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An entity as analyses report it: id, English name and type label ({@code Platform}). */
public record EntityRef(String id, String name, String type) {
  public EntityRef {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    Objects.requireNonNull(type, "type");
  }

  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("type", type);
    return row;
  }
}
