package org.driftgraph.analyze.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.Projection;
import org.junit.jupiter.api.Test;

class BetweennessSamplingTest {
  private static final ProjectedGraph GRAPH = randomGraph(40, 90, 7L);
  private static final CentralityParameters EXACT =
      CentralityParameters.of(CentralityAlgorithm.BETWEENNESS, Projection.FACTS, 0);

  @Test
  void sampleOfEveryNodeIsExact() {
    double[] exact = Centrality.scores(GRAPH, EXACT);
    assertThat(Centrality.scores(GRAPH, EXACT.withSampling(40, 3L)))
        .containsExactly(exact, within(1e-12));
    assertThat(Centrality.scores(GRAPH, EXACT.withSampling(1000, 3L)))
        .containsExactly(exact, within(1e-12));
  }

  @Test
  void sameSeedSameScoresOtherSeedOtherSample() {
    double[] first = Centrality.scores(GRAPH, EXACT.withSampling(10, 11L));
    assertThat(Centrality.scores(GRAPH, EXACT.withSampling(10, 11L))).containsExactly(first);
    assertThat(Betweenness.sources(40, 10, 11L))
        .hasSize(10)
        .doesNotHaveDuplicates()
        .isSorted()
        .isNotEqualTo(Betweenness.sources(40, 10, 12L));
  }

  @Test
  void sampledScoresAreUnscaledPartialSums() {
    // GDS adds the sampled sources' dependencies without scaling them up: never above the exact
    // score.
    double[] exact = Centrality.scores(GRAPH, EXACT);
    double[] sampled = Centrality.scores(GRAPH, EXACT.withSampling(10, 5L));
    for (int v = 0; v < exact.length; v++) {
      assertThat(sampled[v]).isLessThanOrEqualTo(exact[v] + 1e-12);
    }
    assertThat(sum(sampled)).isGreaterThan(0).isLessThan(sum(exact));
  }

  @Test
  void sampledSourcesAreUniform() {
    // 20,000 samples of 5 out of 50: each node is drawn with probability 1/10, about 2,000 times.
    int[] drawn = new int[50];
    for (long seed = 0; seed < 20_000; seed++) {
      for (int node : Betweenness.sources(50, 5, seed)) {
        drawn[node]++;
      }
    }
    for (int count : drawn) {
      assertThat(count).isBetween(1_750, 2_250);
    }
  }

  private static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }

  static ProjectedGraph randomGraph(int nodes, int relationships, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] sources = new int[relationships];
    int[] targets = new int[relationships];
    for (int i = 0; i < relationships; i++) {
      sources[i] = random.nextInt(nodes);
      targets[i] = random.nextInt(nodes);
    }
    return new ProjectedGraph(nodes, sources, targets);
  }
}
