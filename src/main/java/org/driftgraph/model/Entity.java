package org.driftgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor, platform, outlet, organization or event.
 *
 * @param id stable kebab-case slug of the English name
 * @param type the one type label
 * @param kind the sub-kind the type allows, or null
 * @param name the English canonical name
 * @param names every surface form, Arabic and Latin, the canonical name included
 * @param date for events, the ISO date they happened; else null
 * @param discovered true when found from textual cues rather than taken from the gazetteer
 */
public record Entity(
    String id,
    EntityType type,
    String kind,
    String name,
    List<String> names,
    String date,
    boolean discovered) {

  public Entity {
    Ids.requireSlug("entity id", id);
    Objects.requireNonNull(type, "entity type");
    Ids.requireText("name of entity " + id, name);
    if (kind != null && !type.kinds().contains(kind)) {
      throw new IllegalArgumentException(
          "kind '"
              + kind
              + "' of entity "
              + id
              + " is not one of "
              + type.kinds()
              + " for "
              + type.label());
    }
    names = List.copyOf(names == null ? List.of() : names);
    if (names.stream().anyMatch(n -> n == null || n.isBlank())) {
      throw new IllegalArgumentException("entity " + id + " has a blank surface form");
    }
    if (date != null && !IsoDates.isPartialIsoDate(date)) {
      throw new IllegalArgumentException(
          "date '" + date + "' of entity " + id + " is not an ISO date");
    }
  }

  /** This entity with other surface forms (an article's forms of it), everything else kept. */
  public Entity withNames(List<String> otherNames) {
    return new Entity(id, type, kind, name, otherNames, date, discovered);
  }
}
