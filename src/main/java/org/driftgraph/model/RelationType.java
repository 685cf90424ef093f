package org.driftgraph.model;

import java.util.Set;

/** Fact relationship types of the graph model, with the entity types each end may have. */
public enum RelationType {
  MIGRATED_TO(true, Set.of(EntityType.ACTOR, EntityType.OUTLET), Set.of(EntityType.PLATFORM)),
  BANNED_BY(
      true,
      Set.of(EntityType.ACTOR, EntityType.OUTLET),
      Set.of(EntityType.PLATFORM, EntityType.ORGANIZATION)),
  ANNOUNCED_ON(true, Set.of(EntityType.ACTOR, EntityType.OUTLET), Set.of(EntityType.PLATFORM)),
  OWNED_BY(true, Set.of(EntityType.PLATFORM), Set.of(EntityType.ORGANIZATION, EntityType.PLATFORM)),
  AFFILIATED_WITH(false, Set.of(EntityType.OUTLET), Set.of(EntityType.ACTOR)),
  CLAIMED(false, Set.of(EntityType.ACTOR, EntityType.OUTLET), Set.of(EntityType.EVENT)),
  ACTIVE_ON(false, Set.of(EntityType.ACTOR, EntityType.OUTLET), Set.of(EntityType.PLATFORM)),
  PARTNERED_WITH(
      false,
      Set.of(EntityType.PLATFORM, EntityType.ORGANIZATION),
      Set.of(EntityType.PLATFORM, EntityType.ORGANIZATION));

  private final boolean core;
  private final Set<EntityType> subjectTypes;
  private final Set<EntityType> objectTypes;

  RelationType(boolean core, Set<EntityType> subjectTypes, Set<EntityType> objectTypes) {
    this.core = core;
    this.subjectTypes = subjectTypes;
    this.objectTypes = objectTypes;
  }

  /** True for the four core types that the gold files score. */
  public boolean core() {
    return core;
  }

  public Set<EntityType> subjectTypes() {
    return subjectTypes;
  }

  public Set<EntityType> objectTypes() {
    return objectTypes;
  }

  public boolean admits(EntityType subject, EntityType object) {
    return subjectTypes.contains(subject) && objectTypes.contains(object);
  }
}
