package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.driftgraph.model.EntityType;

/**
 * An entity as analyses report it: id, English name and type. Engines parse the type label they
 * read ({@code Platform}) with {@link EntityType#fromLabel}, so an unknown label fails there.
 */
public record EntityRef(String id, String name, EntityType type) {
  public EntityRef {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
    Objects.requireNonNull(type, "type");
  }

  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("type", type.label());
    return row;
  }
}
