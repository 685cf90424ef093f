package org.driftgraph.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.driftgraph.model.EntityType;

/**
 * The graphs the centrality measures run on. Both are simple graphs: parallel facts between the
 * same two entities (MIGRATED_TO and BANNED_BY from ISIS to Telegram) count as one relationship,
 * and self-loops are left out, so that neither engine's multigraph handling changes a score.
 */
public enum Projection {
  /** Every :Entity node, with the fact relationships of the graph model (not DISPLACED_TO). */
  FACTS(
      null,
      List.of(
          "MIGRATED_TO",
          "BANNED_BY",
          "ANNOUNCED_ON",
          "OWNED_BY",
          "AFFILIATED_WITH",
          "CLAIMED",
          "ACTIVE_ON",
          "PARTNERED_WITH")),
  /** Every :Platform node, with DISPLACED_TO: the flow of actors from platform to platform. */
  PLATFORMS(EntityType.PLATFORM, List.of("DISPLACED_TO"));

  /** The label every entity node has, whatever its type. */
  public static final String ENTITY_LABEL = "Entity";

  private final EntityType nodeType;
  private final List<String> relationshipTypes;

  /**
   * @param nodeType the one type of the projection's nodes; null for every entity
   */
  Projection(EntityType nodeType, List<String> relationshipTypes) {
    this.nodeType = nodeType;
    this.relationshipTypes = relationshipTypes;
  }

  /** The one entity type of the nodes; empty when every entity is in the projection. */
  public Optional<EntityType> nodeType() {
    return Optional.ofNullable(nodeType);
  }

  /** Every node with this label is in the projection, connected or not. */
  public String nodeLabel() {
    return nodeType == null ? ENTITY_LABEL : nodeType.label();
  }

  public List<String> relationshipTypes() {
    return relationshipTypes;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The node property {@code --write} stores a score in: {@code pagerank}, {@code betweenness}, ...
   * on the facts projection (the one Bloom styles by), {@code platformsPagerank}, ... on platforms.
   */
  public String scoreProperty(CentralityAlgorithm algorithm) {
    return this == FACTS ? algorithm.key() : key() + capitalized(algorithm.key());
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  public static Projection fromKey(String key) {
    for (Projection projection : values()) {
      if (projection.key().equalsIgnoreCase(key.trim())) {
        return projection;
      }
    }
    throw new IllegalArgumentException(
        "unknown projection '" + key + "' (expected facts or platforms)");
  }
}
