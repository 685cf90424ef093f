package org.driftgraph.analyze.gremlin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.tinkerpop.gremlin.process.traversal.AnonymousTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.P;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversal;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.apache.tinkerpop.gremlin.structure.Edge;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.apache.tinkerpop.gremlin.tinkergraph.structure.TinkerGraph;
import org.driftgraph.store.CypherScripts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Copies the store's entities, articles and claims with the relationships between them into a
 * Gremlin graph, through the same Cypher as the GraphML export. Writing uses bytecode traversals
 * only, so the same code fills an in-process TinkerGraph and a remote Gremlin Server, JanusGraph or
 * Neptune. Records are streamed from Neo4j and written in batches of {@link #BATCH_SIZE} elements
 * (or fewer when their text is long: an article carries its full text), one traversal per batch.
 *
 * <p>What every provider accepts: the provider picks vertex ids and driftgraph's key is a property
 * ({@link GraphShape#KEY}); a list property (an entity's aliases) is written as one JSON array
 * string, as in the GraphML export, since JanusGraph and Neptune store no list values.
 */
public final class TinkerGraphLoader {
  private static final int BATCH_SIZE = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Keeps one traversal well under Gremlin Server's default request size of 10 MiB. */
  private static final int BATCH_CHARACTERS = 1 << 20;

  private final Driver driver;
  private final String nodes = CypherScripts.statement("export/graphml-nodes.cypher");
  private final String edges = CypherScripts.statement("export/graphml-edges.cypher");

  public TinkerGraphLoader(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /** A new in-process TinkerGraph holding the store's graph. */
  public InProcessGraph loadInProcess() {
    TinkerGraph graph = TinkerGraph.open();
    graph.createIndex(GraphShape.KEY, Vertex.class);
    try {
      return new InProcessGraph(
          graph, load(AnonymousTraversalSource.traversal().withEmbedded(graph)));
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /**
   * Replaces driftgraph's vertices in a (remote) graph: drops every vertex with one of the labels
   * the loader writes, with its edges, then loads the store. Other vertices are left alone.
   */
  public LoadCounts replace(GraphTraversalSource g) {
    g.V().hasLabel(P.within(GraphShape.ALL_LABELS)).drop().iterate();
    return load(g);
  }

  /** Adds the store's graph to {@code g}, which must not hold its vertex ids yet. */
  public LoadCounts load(GraphTraversalSource g) {
    try (Session session = driver.session()) {
      long vertices = writeVertices(g, session.run(nodes));
      long written = writeEdges(g, session.run(edges));
      return new LoadCounts(vertices, written);
    }
  }

  private static long writeVertices(GraphTraversalSource g, Result rows) {
    Batch<Vertex> batch = new Batch<>();
    while (rows.hasNext()) {
      Record row = rows.next();
      String label = row.get("label").asString();
      GraphTraversal<Vertex, Vertex> traversal =
          batch.traversal == null ? g.addV(label) : batch.traversal.addV(label);
      traversal.property(GraphShape.KEY, row.get("key").asString());
      batch.add(withProperties(traversal, row.get("properties")));
    }
    return batch.flush();
  }

  private static long writeEdges(GraphTraversalSource g, Result rows) {
    Batch<Edge> batch = new Batch<>();
    while (rows.hasNext()) {
      Record row = rows.next();
      String label = row.get("label").asString();
      GraphTraversal<Edge, Edge> traversal =
          batch.traversal == null ? g.addE(label) : batch.traversal.addE(label);
      traversal
          .from(__.V().has(GraphShape.KEY, row.get("source").asString()))
          .to(__.V().has(GraphShape.KEY, row.get("target").asString()));
      batch.add(withProperties(traversal, row.get("properties")));
    }
    return batch.flush();
  }

  /** Adds the properties and returns their size in characters, for the batch's budget. */
  private static <E> PendingElement<E> withProperties(
      GraphTraversal<E, E> traversal, Value properties) {
    int characters = 0;
    for (Map.Entry<String, Object> property : properties.asMap().entrySet()) {
      Object value = property.getValue();
      if (value instanceof List<?> list) {
        value = jsonArray(list);
      }
      characters += property.getKey().length() + String.valueOf(value).length();
      traversal.property(property.getKey(), value);
    }
    return new PendingElement<>(traversal, characters);
  }

  private static String jsonArray(List<?> list) {
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a list property as JSON: " + list, e);
    }
  }

  private record PendingElement<E>(GraphTraversal<E, E> traversal, int characters) {}

  /** One traversal that adds several elements, sent when it is full. */
  private static final class Batch<E> {
    private GraphTraversal<E, E> traversal;
    private int elements;
    private int characters;
    private long written;

    void add(PendingElement<E> element) {
      traversal = element.traversal();
      elements++;
      characters += element.characters();
      if (elements >= BATCH_SIZE || characters >= BATCH_CHARACTERS) {
        flush();
      }
    }

    long flush() {
      if (traversal != null) {
        traversal.iterate();
        written += elements;
      }
      traversal = null;
      elements = 0;
      characters = 0;
      return written;
    }
  }
}
