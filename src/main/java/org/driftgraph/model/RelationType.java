package org.driftgraph.model;

import java.util.Set;

/**
 * Fact relationship types of the graph model, with the entity types each end may have, and the
 * object types a trigger of the type reads when its rule names none.
 */
public enum RelationType {
  // A move is to a platform, or to a host, registrar or payment company ("its domain is now
  // registered with X", "the site is hosted by X"); only rules that say so read the companies,
  // since a company named near a move verb is far more often the one that banned.
  MIGRATED_TO(
      true,
      Set.of(EntityType.ACTOR, EntityType.OUTLET),
      Set.of(EntityType.PLATFORM, EntityType.ORGANIZATION),
      Set.of(EntityType.PLATFORM)),
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
  private final Set<EntityType> defaultObjectTypes;

  RelationType(boolean core, Set<EntityType> subjectTypes, Set<EntityType> objectTypes) {
    this(core, subjectTypes, objectTypes, objectTypes);
  }

  RelationType(
      boolean core,
      Set<EntityType> subjectTypes,
      Set<EntityType> objectTypes,
      Set<EntityType> defaultObjectTypes) {
    this.core = core;
    this.subjectTypes = subjectTypes;
    this.objectTypes = objectTypes;
    this.defaultObjectTypes = defaultObjectTypes;
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

  /** The object types a trigger reads when its rule does not name its own. */
  public Set<EntityType> defaultObjectTypes() {
    return defaultObjectTypes;
  }

  public boolean admits(EntityType subject, EntityType object) {
    return subjectTypes.contains(subject) && objectTypes.contains(object);
  }
}
