package org.driftgraph.analyze.gremlin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.tinkerpop.gremlin.process.traversal.AnonymousTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.P;
import org.apache.tinkerpop.gremlin.process.traversal.Traversal;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversal;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.apache.tinkerpop.gremlin.structure.Vertex;
import org.apache.tinkerpop.gremlin.structure.util.reference.ReferenceVertex;
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
 * Neptune.
 *
 * <p>Records are streamed from Neo4j and written in batches ({@link Batching}): the rows of a batch
 * travel as one list parameter, {@code inject(rows).unfold().addV(label).property(key,
 * select("row").select(key))...}, so every batch of a shape is the same short traversal. A vertex
 * batch returns the ids the provider gave its vertices; edges name their ends by those ids, so the
 * server attaches them by id instead of looking each end up in the {@link GraphShape#KEY} index.
 * The loader holds one id per vertex while it loads (some 100 bytes each).
 *
 * <p>What every provider accepts: the provider picks vertex ids and driftgraph's key is a property
 * ({@link GraphShape#KEY}); a list property (an entity's aliases) is written as one JSON array
 * string, as in the GraphML export, since JanusGraph and Neptune store no list values.
 */
public final class TinkerGraphLoader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ROW = "row";
  private static final String PROPERTIES = "properties";
  private static final String FROM = "from";
  private static final String TO = "to";
  private static final String ID = "id";

  private final Driver driver;
  private final Batching batching;
  private final String nodes = CypherScripts.statement("export/graphml-nodes.cypher");
  private final String edges = CypherScripts.statement("export/graphml-edges.cypher");

  public TinkerGraphLoader(Driver driver) {
    this(driver, Batching.DEFAULT);
  }

  public TinkerGraphLoader(Driver driver, Batching batching) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.batching = Objects.requireNonNull(batching, "batching");
  }

  /** A new in-process TinkerGraph holding the store's graph. */
  public InProcessGraph loadInProcess() {
    TinkerGraph graph = TinkerGraph.open();
    graph.createIndex(GraphShape.KEY, Vertex.class);
    try {
      return new InProcessGraph(
          graph,
          load(AnonymousTraversalSource.traversal().withEmbedded(graph), batching.sequential()));
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

  /**
   * Adds the store's graph to {@code g} (a remote source: requests go out asynchronously), which
   * must not hold its vertex keys yet.
   */
  public LoadCounts load(GraphTraversalSource g) {
    return load(g, batching);
  }

  private LoadCounts load(GraphTraversalSource g, Batching batching) {
    Map<String, Object> ids = new ConcurrentHashMap<>();
    try (Session session = driver.session()) {
      writeVertices(g, session.run(nodes), batching, ids);
      long edgesWritten = writeEdges(g, session.run(edges), batching, ids);
      return new LoadCounts(ids.size(), edgesWritten);
    }
  }

  private static void writeVertices(
      GraphTraversalSource g, Result rows, Batching batching, Map<String, Object> ids) {
    RowBatches batches =
        batches(
            batching,
            (shape, parameters) -> addVertices(g, shape, parameters),
            written -> {
              for (Map<String, Object> vertex : written) {
                ids.put((String) vertex.get(GraphShape.KEY), vertex.get(ID));
              }
            });
    while (rows.hasNext()) {
      Record record = rows.next();
      Map<String, Object> properties = new HashMap<>();
      int characters = properties(record.get("properties"), properties);
      properties.put(GraphShape.KEY, record.get("key").asString());
      LoadRow row = new LoadRow(record.get("label").asString(), properties, characters);
      batches.add(row, Map.of(PROPERTIES, properties));
    }
    batches.finish();
  }

  /** Writes the edges and returns how many the server reports written. */
  private static long writeEdges(
      GraphTraversalSource g, Result rows, Batching batching, Map<String, Object> ids) {
    AtomicLong written = new AtomicLong();
    RowBatches batches =
        batches(
            batching,
            (shape, parameters) -> addEdges(g, shape, parameters),
            counts -> counts.forEach(written::addAndGet));
    while (rows.hasNext()) {
      Record record = rows.next();
      Map<String, Object> properties = new HashMap<>();
      int characters = properties(record.get("properties"), properties);
      LoadRow row = new LoadRow(record.get("label").asString(), properties, characters);
      batches.add(
          row,
          Map.of(
              PROPERTIES,
              properties,
              FROM,
              vertex(ids, record.get("source").asString()),
              TO,
              vertex(ids, record.get("target").asString())));
    }
    batches.finish();
    return written.get();
  }

  /**
   * Batches whose requests are the traversals {@code traversal} makes of each batch, sent through a
   * window of {@code batching.requests()} in flight; {@code answered} takes each answer.
   */
  private static <T> RowBatches batches(
      Batching batching,
      BiFunction<LoadRow.Shape, List<Map<String, Object>>, GraphTraversal<?, T>> traversal,
      Consumer<List<T>> answered) {
    RequestWindow window = new RequestWindow(batching.requests());
    return new RowBatches(
        batching,
        window,
        (shape, parameters) -> send(window, traversal.apply(shape, parameters), answered));
  }

  /** The rows' vertices, each answering with its key and the id the provider gave it. */
  private static GraphTraversal<?, Map<String, Object>> addVertices(
      GraphTraversalSource g, LoadRow.Shape shape, List<Map<String, Object>> rows) {
    GraphTraversal<?, Vertex> added = g.inject(rows).unfold().as(ROW).addV(shape.label());
    withProperties(added, shape);
    return added.project(GraphShape.KEY, ID).by(__.values(GraphShape.KEY)).by(__.id());
  }

  /** The rows' edges, between the vertices the rows carry (by id); answers with their number. */
  private static GraphTraversal<?, Long> addEdges(
      GraphTraversalSource g, LoadRow.Shape shape, List<Map<String, Object>> rows) {
    GraphTraversal<?, ?> added =
        g.inject(rows)
            .unfold()
            .as(ROW)
            .addE(shape.label())
            .from(__.select(ROW).<Vertex>select(FROM))
            .to(__.select(ROW).<Vertex>select(TO));
    withProperties(added, shape);
    return added.count();
  }

  private static void withProperties(GraphTraversal<?, ?> traversal, LoadRow.Shape shape) {
    for (String key : shape.keys()) {
      traversal.property(key, __.select(ROW).select(PROPERTIES).select(key));
    }
  }

  /**
   * Runs the traversal now when requests go one at a time (an in-process graph has no asynchronous
   * traversals), else starts it over the remote connection.
   */
  private static <T> CompletableFuture<?> send(
      RequestWindow window, GraphTraversal<?, T> traversal, Consumer<List<T>> onWritten) {
    if (window.sequential()) {
      onWritten.accept(traversal.toList());
      return CompletableFuture.completedFuture(null);
    }
    return traversal.promise(Traversal::toList).thenAccept(onWritten);
  }

  /**
   * The vertex with this key, by the id its batch returned: a reference the server attaches to its
   * own vertex by id.
   */
  private static Vertex vertex(Map<String, Object> ids, String key) {
    Object id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException(
          "an edge names the vertex " + key + ", which the loader did not write");
    }
    return new ReferenceVertex(id);
  }

  /** Copies the properties into {@code into} and returns their size in characters. */
  private static int properties(Value properties, Map<String, Object> into) {
    int characters = 0;
    for (Map.Entry<String, Object> property : properties.asMap().entrySet()) {
      Object value = property.getValue();
      if (value instanceof List<?> list) {
        value = jsonArray(list);
      }
      characters += property.getKey().length() + String.valueOf(value).length();
      into.put(property.getKey(), value);
    }
    return characters;
  }

  private static String jsonArray(List<?> list) {
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a list property as JSON: " + list, e);
    }
  }
}
