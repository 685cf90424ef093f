package org.driftgraph.analyze.gremlin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tinkerpop.gremlin.process.traversal.P;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.StableScores;
import org.driftgraph.analyze.algo.Centrality;
import org.driftgraph.analyze.algo.ProjectedGraph;

/**
 * One centrality run: reads the projection with one traversal (every vertex with the projection's
 * labels, and the projection's edges from it to another such vertex), numbers the nodes 0..n-1 in
 * id order and scores them with {@link Centrality}. TinkerPop has no vertex programs for most of
 * these measures and providers like Neptune no OLAP at all, so the scores are computed here.
 */
final class CentralityRun {
  private final GraphTraversalSource g;
  private final CentralityParameters parameters;

  CentralityRun(GraphTraversalSource g, CentralityParameters parameters) {
    this.g = g;
    this.parameters = parameters;
  }

  /** Scores highest first, ties by id, cut to {@code top} unless it is 0. */
  List<CentralityScore> scores() {
    List<String> labels = GraphShape.nodeLabels(parameters.projection());
    String[] types = parameters.projection().relationshipTypes().toArray(String[]::new);
    List<Map<String, Object>> rows =
        new ArrayList<>(
            g.V()
                .hasLabel(P.within(labels))
                .project("node", "targets")
                .by(__.elementMap("id", "name"))
                .by(__.outE(types).inV().hasLabel(P.within(labels)).values("id").fold())
                .toList());
    List<EntityRef> nodes =
        rows.stream().map(row -> GraphShape.entityRef((Map<?, ?>) row.get("node"))).toList();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> nodes.get(i).id()));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      index.put(nodes.get(order.get(i)).id(), i);
    }
    List<Integer> sources = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int source = index.get(nodes.get(i).id());
      for (Object target : (List<?>) rows.get(i).get("targets")) {
        sources.add(source);
        targets.add(index.get((String) target));
      }
    }
    double[] scores =
        Centrality.scores(
            new ProjectedGraph(nodes.size(), toArray(sources), toArray(targets)), parameters);
    List<CentralityScore> ranked = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      ranked.add(new CentralityScore(nodes.get(order.get(i)), StableScores.stable(scores[i])));
    }
    ranked.sort(
        Comparator.comparingDouble(CentralityScore::score)
            .reversed()
            .thenComparing(score -> score.entity().id()));
    return parameters.top() == 0 || ranked.size() <= parameters.top()
        ? ranked
        : ranked.subList(0, parameters.top());
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
