package org.driftgraph.analyze.gremlin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.tinkerpop.gremlin.process.traversal.P;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.apache.tinkerpop.gremlin.structure.T;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.analyze.Projection;

/**
 * Breadth-first search over the facts read as undirected, driven from Java with one traversal per
 * level ({@code bothE} of the frontier), so that it runs on any Gremlin provider. It records every
 * predecessor on a shortest path and every fact that links a node to its predecessor, then walks
 * the shortest paths in id-sequence order.
 */
final class ShortestPaths {
  /** A fact as found on the way: its type, direction (start and end entity ids) and first date. */
  record Fact(String type, String start, String end, String firstDate) {}

  /** A shortest path: entity ids in walking order and, per hop, the facts that link the pair. */
  record Found(List<String> ids, List<List<Fact>> hops) {}

  private static final List<String> TYPES = Projection.FACTS.relationshipTypes();

  private final GraphTraversalSource g;

  ShortestPaths(GraphTraversalSource g) {
    this.g = g;
  }

  /**
   * The shortest paths within {@code maxHops} (all, or the first), ordered by their id sequences.
   */
  List<Found> find(PathParameters parameters) {
    String source = parameters.from();
    String target = parameters.to();
    Map<String, Set<String>> predecessors = new HashMap<>();
    Map<String, List<Fact>> links = new HashMap<>();
    Set<String> visited = new HashSet<>(Set.of(source));
    Set<String> frontier = Set.of(source);
    for (int level = 1;
        level <= parameters.maxHops() && !frontier.isEmpty() && !visited.contains(target);
        level++) {
      Set<String> next = new HashSet<>();
      for (Fact fact : factsAround(frontier)) {
        link(fact, fact.start(), fact.end(), frontier, visited, next, predecessors, links);
        link(fact, fact.end(), fact.start(), frontier, visited, next, predecessors, links);
      }
      visited.addAll(next);
      frontier = next;
    }
    if (!visited.contains(target)) {
      return List.of();
    }
    Map<String, Set<String>> successors = successorsOnShortestPaths(target, predecessors);
    List<Found> paths = new ArrayList<>();
    walk(new ArrayList<>(List.of(source)), target, successors, links, parameters.all(), paths);
    return paths;
  }

  /** The facts touching the frontier, each once, between two entities, self-loops left out. */
  private List<Fact> factsAround(Set<String> frontier) {
    List<String> keys = frontier.stream().map(GraphShape::entityVertex).toList();
    List<Fact> facts = new ArrayList<>();
    g.V()
        .has(GraphShape.KEY, P.within(keys))
        .bothE(TYPES.toArray(String[]::new))
        .dedup()
        .project("type", "start", "end", "firstDate")
        .by(T.label)
        .by(__.outV().values(GraphShape.KEY))
        .by(__.inV().values(GraphShape.KEY))
        .by(__.values("firstDate").fold())
        .toStream()
        .forEach(
            edge -> {
              String start = GraphShape.entityId(edge.get("start"));
              String end = GraphShape.entityId(edge.get("end"));
              if (start != null && end != null && !start.equals(end)) {
                facts.add(
                    new Fact(
                        (String) edge.get("type"),
                        start,
                        end,
                        GraphShape.firstDate(edge.get("firstDate"))));
              }
            });
    return facts;
  }

  private static void link(
      Fact fact,
      String near,
      String far,
      Set<String> frontier,
      Set<String> visited,
      Set<String> next,
      Map<String, Set<String>> predecessors,
      Map<String, List<Fact>> links) {
    if (!frontier.contains(near) || visited.contains(far)) {
      return;
    }
    next.add(far);
    predecessors.computeIfAbsent(far, id -> new HashSet<>()).add(near);
    links.computeIfAbsent(pair(near, far), key -> new ArrayList<>()).add(fact);
  }

  /** Successors (sorted) of every node that lies on a shortest path to the target. */
  private static Map<String, Set<String>> successorsOnShortestPaths(
      String target, Map<String, Set<String>> predecessors) {
    Map<String, Set<String>> successors = new HashMap<>();
    List<String> pending = new ArrayList<>(List.of(target));
    Set<String> seen = new HashSet<>(pending);
    while (!pending.isEmpty()) {
      String node = pending.remove(pending.size() - 1);
      for (String predecessor : predecessors.getOrDefault(node, Set.of())) {
        successors.computeIfAbsent(predecessor, id -> new TreeSet<>()).add(node);
        if (seen.add(predecessor)) {
          pending.add(predecessor);
        }
      }
    }
    return successors;
  }

  /**
   * Depth first from the source, successors in id order: every path has the same length, so this
   * meets the paths in the lexicographic order of their id sequences.
   */
  private static boolean walk(
      List<String> path,
      String target,
      Map<String, Set<String>> successors,
      Map<String, List<Fact>> links,
      boolean all,
      List<Found> found) {
    String last = path.get(path.size() - 1);
    if (last.equals(target)) {
      List<List<Fact>> hops = new ArrayList<>();
      for (int i = 1; i < path.size(); i++) {
        hops.add(links.get(pair(path.get(i - 1), path.get(i))));
      }
      found.add(new Found(List.copyOf(path), hops));
      return !all;
    }
    for (String successor : successors.getOrDefault(last, Set.of())) {
      path.add(successor);
      boolean done = walk(path, target, successors, links, all, found);
      path.remove(path.size() - 1);
      if (done) {
        return true;
      }
    }
    return false;
  }

  private static String pair(String near, String far) {
    return near + "\u0000" + far;
  }

  /**
   * The fact a hop carries when several link the pair: the first type in the facts projection's
   * order (MIGRATED_TO, BANNED_BY, ANNOUNCED_ON, OWNED_BY, then the secondary types); of one type
   * in both directions, the one that points along the path.
   */
  static Fact preferred(List<Fact> facts, String from) {
    return facts.stream()
        .min(
            Comparator.comparingInt((Fact fact) -> TYPES.indexOf(fact.type()))
                .thenComparing(fact -> !fact.start().equals(from)))
        .orElseThrow();
  }
}
