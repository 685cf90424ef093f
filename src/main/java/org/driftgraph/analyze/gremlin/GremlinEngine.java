package org.driftgraph.analyze.gremlin;

import static org.driftgraph.analyze.gremlin.GraphShape.MIGRATED_TO;
import static org.driftgraph.analyze.gremlin.GraphShape.OWNED_BY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.tinkerpop.gremlin.process.traversal.P;
import org.apache.tinkerpop.gremlin.process.traversal.Path;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.driftgraph.analyze.AnalysisEngine;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.ChainStep;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.analyze.PathParameters;

/**
 * The analyses on a TinkerPop graph in driftgraph's shape (see {@link TinkerGraphLoader}), in
 * process or remote: bytecode traversals only, no lambdas, no OLAP, no list properties, so that
 * Gremlin Server, JanusGraph and Neptune run them as they are. Centrality scores are computed in
 * process on the projection read with one traversal ({@link CentralityRun}).
 */
public final class GremlinEngine implements AnalysisEngine {
  private final GraphTraversalSource g;
  private final String describe;
  private final AutoCloseable resources;
  private final ClaimReader claims;

  /** An engine over {@code g}; closing the engine leaves {@code g} open. */
  public GremlinEngine(GraphTraversalSource g, String describe) {
    this(g, describe, () -> {});
  }

  /**
   * An engine that closes {@code resources} (the graph or the connection behind {@code g}) when
   * closed.
   */
  public GremlinEngine(GraphTraversalSource g, String describe, AutoCloseable resources) {
    this.g = Objects.requireNonNull(g, "g");
    this.describe = Objects.requireNonNull(describe, "describe");
    this.resources = Objects.requireNonNull(resources, "resources");
    this.claims = new ClaimReader(g);
  }

  @Override
  public String describe() {
    return describe;
  }

  @Override
  public String name() {
    return "gremlin";
  }

  @Override
  public Optional<EntityRef> entity(String id) {
    return GraphShape.entity(g, id).elementMap("id", "name").tryNext().map(GraphShape::entityRef);
  }

  @Override
  public List<String> entityIds() {
    return g.V()
        .hasLabel(P.within(GraphShape.ENTITY_LABELS))
        .values("id")
        .toStream()
        .map(String.class::cast)
        .sorted()
        .toList();
  }

  @Override
  public List<CentralityScore> centrality(CentralityParameters parameters) {
    return new CentralityRun(g, parameters).scores();
  }

  @Override
  public List<GraphPath> paths(PathParameters parameters) {
    List<ShortestPaths.Found> found = new ShortestPaths(g).find(parameters);
    Map<String, EntityRef> entities =
        entities(found.stream().flatMap(path -> path.ids().stream()).toList());
    List<GraphPath> paths = new ArrayList<>();
    for (ShortestPaths.Found path : found) {
      List<Hop> hops = new ArrayList<>();
      for (int i = 0; i < path.hops().size(); i++) {
        String from = path.ids().get(i);
        ShortestPaths.Fact fact = ShortestPaths.preferred(path.hops().get(i), from);
        hops.add(
            hop(
                from,
                path.ids().get(i + 1),
                fact.type(),
                fact.start().equals(from),
                fact.firstDate()));
      }
      paths.add(new GraphPath(path.ids().stream().map(entities::get).toList(), hops));
    }
    return paths;
  }

  @Override
  public List<MigrationChain> chains(String actorId) {
    Optional<EntityRef> actor = entity(actorId);
    if (actor.isEmpty()) {
      return List.of();
    }
    List<ChainStep> steps = new ArrayList<>();
    GraphShape.entity(g, actorId)
        .outE(MIGRATED_TO)
        .project("firstDate", "to")
        .by(__.values("firstDate").fold())
        .by(__.inV().elementMap("id", "name"))
        .toStream()
        .forEach(
            row -> {
              EntityRef to = GraphShape.entityRef((Map<?, ?>) row.get("to"));
              List<ClaimRow> evidence = claims.ofFact(actorId, MIGRATED_TO, to.id());
              String date = GraphShape.firstDate(row.get("firstDate"));
              steps.add(
                  new ChainStep(
                      ClaimReader.from(evidence), to, date, ClaimReader.evidence(evidence)));
            });
    if (steps.isEmpty()) {
      return List.of();
    }
    steps.sort(
        Comparator.comparing(ChainStep::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(step -> step.to().id()));
    return List.of(new MigrationChain(actor.get(), steps));
  }

  @Override
  public List<GraphPath> owners(String platformId) {
    // Until no owner can be added without revisiting a node: every maximal simple path.
    List<Path> found =
        GraphShape.entity(g, platformId)
            .repeat(__.outE(OWNED_BY).inV().simplePath())
            .until(__.not(__.out(OWNED_BY).simplePath()))
            .path()
            // by() modulators apply in turn: vertices at even positions, edges at odd ones.
            .by(__.elementMap("id", "name"))
            .by(__.values("firstDate").fold())
            .toList();
    List<GraphPath> paths = new ArrayList<>();
    for (Path path : found) {
      List<EntityRef> nodes = new ArrayList<>();
      List<Hop> hops = new ArrayList<>();
      List<Object> elements = path.objects();
      for (int i = 0; i < elements.size(); i += 2) {
        nodes.add(GraphShape.entityRef((Map<?, ?>) elements.get(i)));
        if (i > 0) {
          String firstDate = GraphShape.firstDate(elements.get(i - 1));
          hops.add(
              hop(
                  nodes.get(nodes.size() - 2).id(),
                  nodes.get(nodes.size() - 1).id(),
                  OWNED_BY,
                  true,
                  firstDate));
        }
      }
      paths.add(new GraphPath(nodes, hops));
    }
    paths.sort(
        Comparator.comparingInt((GraphPath path) -> -path.hops().size())
            .thenComparing(GraphPath::ids, GremlinEngine::compareIdSequences));
    return paths;
  }

  @Override
  public List<FirstCarrier> first(String eventId) {
    return new Timelines(claims, g).first(eventId);
  }

  @Override
  public List<Displacement> displacement() {
    return new Timelines(claims, g).displacement();
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot close " + describe + ": " + e.getMessage(), e);
    }
  }

  /** A hop from {@code from} to {@code to} carrying the fact of this type, with its claims. */
  private Hop hop(String from, String to, String type, boolean forward, String firstDate) {
    String start = forward ? from : to;
    String end = forward ? to : from;
    return new Hop(
        from, type, to, forward, firstDate, ClaimReader.evidence(claims.ofFact(start, type, end)));
  }

  private Map<String, EntityRef> entities(List<String> ids) {
    Map<String, EntityRef> entities = new HashMap<>();
    List<String> keys = new LinkedHashSet<>(ids).stream().map(GraphShape::entityVertex).toList();
    if (!keys.isEmpty()) {
      g.V()
          .has(GraphShape.KEY, P.within(keys))
          .elementMap("id", "name")
          .toStream()
          .map(GraphShape::entityRef)
          .forEach(entity -> entities.put(entity.id(), entity));
    }
    return entities;
  }

  /** Element by element; a sequence that is a prefix of another comes first. */
  static int compareIdSequences(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = a.get(i).compareTo(b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
