package org.driftgraph.analyze.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProjectedGraphTest {

  @Test
  void rejectsRelationshipsOutsideTheNodes() {
    assertThatThrownBy(() -> new ProjectedGraph(2, new int[] {0, 1}, new int[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relationship 1 (1 -> 2)");
    assertThatThrownBy(() -> new ProjectedGraph(2, new int[] {-1}, new int[] {1}))
        .hasMessageContaining("outside 0..1");
  }

  @Test
  void rejectsMismatchedArraysAndNegativeCounts() {
    assertThatThrownBy(() -> new ProjectedGraph(2, new int[] {0}, new int[] {}))
        .hasMessageContaining("differ in length: 1 and 0");
    assertThatThrownBy(() -> new ProjectedGraph(-1, new int[0], new int[0]))
        .hasMessageContaining("negative");
  }

  @Test
  void copiesTheArraysAndComparesByContent() {
    int[] sources = {0, 1};
    ProjectedGraph graph = new ProjectedGraph(3, sources, new int[] {1, 2});
    sources[0] = 2;
    assertThat(graph.sources()).containsExactly(0, 1);
    assertThat(graph)
        .isEqualTo(new ProjectedGraph(3, new int[] {0, 1}, new int[] {1, 2}))
        .hasSameHashCodeAs(new ProjectedGraph(3, new int[] {0, 1}, new int[] {1, 2}));
  }

  @Test
  void adjacencyIsTheSimpleGraph() {
    // 0->1 twice, 1->0, a self-loop on 2, 2->0.
    ProjectedGraph graph =
        new ProjectedGraph(4, new int[] {0, 0, 1, 2, 2}, new int[] {1, 1, 0, 2, 0});
    Adjacency directed = Adjacency.directed(graph);
    assertThat(directed.offsets).containsExactly(0, 1, 2, 3, 3);
    assertThat(directed.neighbours).containsExactly(1, 0, 0);
    Adjacency undirected = Adjacency.undirected(graph);
    assertThat(undirected.offsets).containsExactly(0, 2, 3, 4, 4);
    assertThat(undirected.neighbours).containsExactly(1, 2, 0, 0);
  }
}
