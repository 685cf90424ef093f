package org.driftgraph.extract.rules;

import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;

/**
 * A definite noun that points back to an entity named before it (التطبيق، التنظيم، the app).
 *
 * @param types the entity types it can stand for
 * @param kinds when not empty, the kinds it can stand for (الشركة: a company, not an agency)
 */
public record Anaphor(Pattern pattern, Set<EntityType> types, Set<String> kinds) {
  public Anaphor {
    types = Set.copyOf(types);
    kinds = Set.copyOf(kinds);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("anaphor " + pattern + " names no entity type");
    }
  }
}
