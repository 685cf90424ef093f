package org.driftgraph.eval;

import java.util.List;
import java.util.Objects;
import org.driftgraph.model.EntityType;

/**
 * An entity of a gold file.
 *
 * @param aliases the surface forms the annotated articles use for it; a predicted entity with
 *     another id matches this one when one of its surface forms equals one of these (normalized)
 */
public record GoldEntity(
    String id, EntityType type, String name, List<String> aliases, String kind, String date) {
  public GoldEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }
}
