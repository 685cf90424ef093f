package org.driftgraph.model;

import java.util.Locale;
import java.util.Set;

/** The five entity types of the graph model; each is also the node's type label. */
public enum EntityType {
  ACTOR("Actor", Set.of("group", "movement", "supporters", "person")),
  PLATFORM("Platform", Set.of()),
  OUTLET("Outlet", Set.of("propaganda", "press")),
  ORGANIZATION("Organization", Set.of("company", "agency", "research")),
  EVENT("Event", Set.of());

  private final String label;
  private final Set<String> kinds;

  EntityType(String label, Set<String> kinds) {
    this.label = label;
    this.kinds = kinds;
  }

  /** The Neo4j type label, e.g. {@code Platform}. */
  public String label() {
    return label;
  }

  /** The {@code kind} values this type allows; empty when the type has no kinds. */
  public Set<String> kinds() {
    return kinds;
  }

  /** Parses a label such as {@code Platform} or {@code platform}. */
  public static EntityType fromLabel(String text) {
    for (EntityType type : values()) {
      if (type.label.equalsIgnoreCase(text.trim())) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown entity type '"
            + text
            + "' (expected one of Actor, Platform, Outlet, Organization, Event)");
  }

  @Override
  public String toString() {
    return label.toLowerCase(Locale.ROOT);
  }
}
