package org.driftgraph.analyze.gremlin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversal;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.structure.T;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Projection;
import org.driftgraph.model.EntityType;

/**
 * How driftgraph's graph looks in Gremlin, shared by {@link TinkerGraphLoader} (which writes it)
 * and {@link GremlinEngine} (which reads it): every vertex carries its key {@code Entity/<id>},
 * {@code Article/<id>} or {@code Claim/<id>} (ids are unique only within their Neo4j label) in the
 * property {@link #KEY}, and is looked up by it; the provider chooses the vertex ids, because
 * JanusGraph accepts string ids only with custom ids enabled and Neptune or JanusGraph may not keep
 * them. An entity's vertex label is its type label.
 */
final class GraphShape {
  /**
   * The property holding a vertex's key; index it on a provider that has indexes (JanusGraph:
   * {@code gremlin/janusgraph-schema.groovy}).
   */
  static final String KEY = "vertexKey";

  static final String ENTITY_SPACE = "Entity";
  static final String ARTICLE = "Article";
  static final String CLAIM = "Claim";

  static final String SUBJECT = "SUBJECT";
  static final String OBJECT = "OBJECT";
  static final String STATED_IN = "STATED_IN";
  static final String FROM = "FROM";
  static final String ABOUT = "ABOUT";

  static final String MIGRATED_TO = "MIGRATED_TO";
  static final String BANNED_BY = "BANNED_BY";
  static final String ANNOUNCED_ON = "ANNOUNCED_ON";
  static final String OWNED_BY = "OWNED_BY";

  /**
   * Vertex labels of entities: the type labels, and {@code Entity} for a node that has no type
   * label (the GraphML export's Cypher labels such a node by its id space).
   */
  static final List<String> ENTITY_LABELS = entityLabels();

  /** Every vertex label the loader writes: what {@link TinkerGraphLoader#replace} drops first. */
  static final List<String> ALL_LABELS = allLabels();

  private GraphShape() {}

  static String entityVertex(String entityId) {
    return ENTITY_SPACE + "/" + entityId;
  }

  /** The entity's vertex, found by its key. */
  static GraphTraversal<Vertex, Vertex> entity(GraphTraversalSource g, String entityId) {
    return g.V().has(KEY, entityVertex(entityId));
  }

  /** The entity id of a vertex key, null for an article's or a claim's. */
  static String entityId(Object vertexKey) {
    String key = String.valueOf(vertexKey);
    String prefix = ENTITY_SPACE + "/";
    return key.startsWith(prefix) ? key.substring(prefix.length()) : null;
  }

  /**
   * An edge's {@code firstDate} read as {@code values("firstDate").fold()}: edges are never
   * returned whole, because their ids are provider types (JanusGraph's RelationIdentifier) that a
   * plain GraphBinary client cannot read.
   */
  static String firstDate(Object folded) {
    List<?> values = (List<?>) folded;
    return values.isEmpty() ? null : (String) values.get(0);
  }

  /** The vertex labels of a projection's nodes: {@code Entity} stands for every entity label. */
  static List<String> nodeLabels(Projection projection) {
    return projection.nodeType().map(type -> List.of(type.label())).orElse(ENTITY_LABELS);
  }

  /**
   * An entity from {@code elementMap("id", "name")} of its vertex; the vertex label is its type
   * label, parsed here.
   */
  static EntityRef entityRef(Map<?, ?> elementMap) {
    return new EntityRef(
        (String) elementMap.get("id"),
        (String) elementMap.get("name"),
        EntityType.fromLabel((String) elementMap.get(T.label)));
  }

  private static List<String> entityLabels() {
    List<String> labels = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      labels.add(type.label());
    }
    labels.add(ENTITY_SPACE);
    return List.copyOf(labels);
  }

  private static List<String> allLabels() {
    List<String> labels = new ArrayList<>(entityLabels());
    labels.add(ARTICLE);
    labels.add(CLAIM);
    return List.copyOf(labels);
  }
}
