package org.driftgraph.extract.claims;

import org.driftgraph.model.Entity;

/**
 * A place in the normalized text that refers to an entity: a name, or an anaphor (التطبيق، the
 * group) resolved to the entity it points back to.
 *
 * @param start offset in the normalized text
 * @param end offset just past it in the normalized text
 * @param place an anaphor that is a place word (هناك، فيها، there): it names where, never who
 */
record Ref(Entity entity, int start, int end, boolean anaphor, boolean place) {
  String id() {
    return entity.id();
  }
}
