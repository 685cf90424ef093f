package org.driftgraph.analyze.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.Projection;
import org.junit.jupiter.api.Test;

/** Reference values worked out by hand; each test says how. */
class CentralityTest {
  private static final double EXACT = 1e-12;

  // a-b-c-d-e, stored one way; the undirected measures must not care.
  private static final ProjectedGraph PATH = graph(5, 0, 1, 1, 2, 2, 3, 3, 4);
  // Centre 0 with leaves 1..4, stated both ways and twice for leaf 1: still a simple star.
  private static final ProjectedGraph STAR = graph(5, 0, 1, 1, 0, 0, 1, 2, 0, 0, 3, 4, 0);

  @Test
  void pathBetweennessCountsEachUnorderedPairOnce() {
    // b lies between a and each of c, d, e (3 pairs); c between {a, b} and {d, e} (4 pairs).
    assertThat(scores(PATH, CentralityAlgorithm.BETWEENNESS))
        .containsExactly(new double[] {0, 3, 4, 3, 0}, within(EXACT));
  }

  @Test
  void pathCloseness() {
    // Reached nodes / sum of distances: a 4/(1+2+3+4), b 4/(1+1+2+3), c 4/(2+1+1+2).
    assertThat(scores(PATH, CentralityAlgorithm.CLOSENESS))
        .containsExactly(new double[] {0.4, 4 / 7.0, 4 / 6.0, 4 / 7.0, 0.4}, within(EXACT));
  }

  @Test
  void starScores() {
    // Centre: between every pair of the 4 leaves, C(4,2) = 6; at distance 1 from all (closeness 1).
    // A leaf reaches the centre at 1 and three leaves at 2: 4/7.
    assertThat(scores(STAR, CentralityAlgorithm.BETWEENNESS))
        .containsExactly(new double[] {6, 0, 0, 0, 0}, within(EXACT));
    assertThat(scores(STAR, CentralityAlgorithm.CLOSENESS))
        .containsExactly(new double[] {1, 4 / 7.0, 4 / 7.0, 4 / 7.0, 4 / 7.0}, within(EXACT));
    assertThat(scores(STAR, CentralityAlgorithm.DEGREE)).containsExactly(4, 1, 1, 1, 1);
  }

  @Test
  void isolatedNodesScoreZeroAndComponentsAreScoredApart() {
    // Two components a-b and c-d-e plus an isolated f: closeness is per component (b: 1/1, d: 2/2).
    ProjectedGraph graph = graph(6, 0, 1, 2, 3, 3, 4);
    assertThat(scores(graph, CentralityAlgorithm.CLOSENESS))
        .containsExactly(new double[] {1, 1, 2 / 3.0, 1, 2 / 3.0, 0}, within(EXACT));
    assertThat(scores(graph, CentralityAlgorithm.BETWEENNESS))
        .containsExactly(new double[] {0, 0, 0, 1, 0, 0}, within(EXACT));
    assertThat(scores(graph, CentralityAlgorithm.DEGREE)).containsExactly(1, 1, 1, 2, 1, 0);
  }

  @Test
  void aPairLinkedBothWaysIsOneUndirectedNeighbour() {
    assertThat(scores(graph(2, 0, 1, 1, 0), CentralityAlgorithm.DEGREE)).containsExactly(1, 1);
  }

  @Test
  void pageRankOfACycleIsUniform() {
    assertThat(scores(graph(3, 0, 1, 1, 2, 2, 0), CentralityAlgorithm.PAGERANK))
        .containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-9));
  }

  @Test
  void pageRankEqualsTheNormalisedGdsFixedPoint() {
    // A->B, A->C, B->C, C->A, C->D; D has no out-relationships. GDS's equations
    // x = 0.15 + 0.85 * sum(in-neighbour / its out-degree), solved by substitution:
    // B = .15 + .85A/2, C = .15 + .85(A/2 + B), A = .15 + .85C/2, D = .15 + .85C/2
    // give A = D = 8574/21307, B = 6840/21307, C = 12654/21307 (sum 36642/21307), so the
    // normalised scores are 1429/6107, 1140/6107, 2109/6107, 1429/6107 though this implementation
    // iterates the other formulation (D's rank spread over all nodes).
    ProjectedGraph graph = graph(4, 0, 1, 0, 2, 1, 2, 2, 0, 2, 3);
    assertThat(scores(graph, CentralityAlgorithm.PAGERANK))
        .containsExactly(
            new double[] {1429 / 6107.0, 1140 / 6107.0, 2109 / 6107.0, 1429 / 6107.0},
            within(1e-9));
  }

  @Test
  void pageRankIgnoresSelfLoopsAndParallelRelationships() {
    ProjectedGraph simple = graph(4, 0, 1, 0, 2, 1, 2, 2, 0, 2, 3);
    ProjectedGraph noisy = graph(4, 0, 1, 0, 1, 0, 2, 1, 2, 1, 1, 2, 0, 2, 3, 3, 3, 2, 3);
    assertThat(scores(noisy, CentralityAlgorithm.PAGERANK))
        .containsExactly(scores(simple, CentralityAlgorithm.PAGERANK), within(EXACT));
  }

  @Test
  void eigenvectorOfADiamond() {
    // K4 without the edge 2-3: by symmetry x0 = x1 = a, x2 = x3 = b; Ax = λx gives λa = a + 2b and
    // λb = 2a, so λ² - λ - 4 = 0, λ = (1 + √17)/2, b = 2a/λ, and 2a² + 2b² = 1 fixes a.
    double lambda = (1 + Math.sqrt(17)) / 2;
    double a = 1 / Math.sqrt(2 + 8 / (lambda * lambda));
    double b = 2 * a / lambda;
    ProjectedGraph diamond = graph(4, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3);
    assertThat(scores(diamond, CentralityAlgorithm.EIGENVECTOR))
        .containsExactly(new double[] {a, a, b, b}, within(1e-8));
  }

  @Test
  void eigenvectorOfATriangleWithAnIsolatedNode() {
    // Each triangle node's score grows by the factor λ = 2 per step while the isolated node only
    // keeps
    // its own: after normalisation the triangle tends to 1/√3 and the isolated node to 0.
    assertThat(scores(graph(4, 0, 1, 1, 2, 2, 0), CentralityAlgorithm.EIGENVECTOR))
        .containsExactly(
            new double[] {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3), 0}, within(1e-8));
  }

  @Test
  void emptyProjectionHasNoScores() {
    for (CentralityAlgorithm algorithm : CentralityAlgorithm.values()) {
      assertThat(scores(new ProjectedGraph(0, new int[0], new int[0]), algorithm)).isEmpty();
    }
  }

  static ProjectedGraph graph(int nodeCount, int... pairs) {
    int[] sources = new int[pairs.length / 2];
    int[] targets = new int[pairs.length / 2];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = pairs[2 * i];
      targets[i] = pairs[2 * i + 1];
    }
    return new ProjectedGraph(nodeCount, sources, targets);
  }

  static double[] scores(ProjectedGraph graph, CentralityAlgorithm algorithm) {
    return Centrality.scores(graph, CentralityParameters.of(algorithm, Projection.FACTS, 0));
  }
}
