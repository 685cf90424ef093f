package org.driftgraph.analyze.gremlin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.tinkerpop.gremlin.process.traversal.AnonymousTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.tinkergraph.structure.TinkerGraph;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.PathParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Graph shapes the store fixture does not have (ownership cycles, self-loops), built by hand. */
class GremlinEngineTest {
  private TinkerGraph graph;
  private GraphTraversalSource g;
  private GremlinEngine engine;

  @BeforeEach
  void open() {
    graph = TinkerGraph.open();
    g = AnonymousTraversalSource.traversal().withEmbedded(graph);
    for (String id : List.of("a", "b", "c", "d")) {
      // As the loader writes a vertex: driftgraph's key in GraphShape.KEY, the provider's own id.
      g.addV("Platform")
          .property(GraphShape.KEY, "Entity/" + id)
          .property("id", id)
          .property("name", id.toUpperCase())
          .iterate();
    }
    engine = new GremlinEngine(g, "test", graph);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void fact(String type, String from, String to) {
    g.addE(type).from(vertex(from)).to(vertex(to)).iterate();
  }

  private org.apache.tinkerpop.gremlin.structure.Vertex vertex(String id) {
    return g.V().has(GraphShape.KEY, "Entity/" + id).next();
  }

  @Test
  void ownershipStopsWhereEveryOwnerWasSeenAlreadyAndOnlyThere() {
    fact("OWNED_BY", "a", "b");
    fact("OWNED_BY", "b", "c");
    fact("OWNED_BY", "c", "a");
    fact("OWNED_BY", "b", "d");
    assertThat(engine.owners("a"))
        .extracting(GraphPath::ids)
        .containsExactly(List.of("a", "b", "c"), List.of("a", "b", "d"));
    // From c the walk c, a, b can still go on to d, so it is not maximal.
    assertThat(engine.owners("c"))
        .extracting(GraphPath::ids)
        .containsExactly(List.of("c", "a", "b", "d"));
  }

  @Test
  void selfLoopsAndNonFactEdgesAreNoPaths() {
    fact("MIGRATED_TO", "a", "a");
    fact("DISPLACED_TO", "a", "b");
    assertThat(engine.paths(new PathParameters("a", "b", 6, true))).isEmpty();
    fact("PARTNERED_WITH", "b", "a");
    assertThat(engine.paths(new PathParameters("a", "b", 6, true)))
        .singleElement()
        .satisfies(path -> assertThat(path.hops().get(0).forward()).isFalse());
  }

  @Test
  void partialDatesCompareAtTheCoarserPrecisionAndSubtractOnlyWhenPreciseEnough() {
    assertThat(PartialDates.notBefore("2019-11", "2019-11-24")).isTrue();
    assertThat(PartialDates.notBefore("2019-10-30", "2019-11")).isFalse();
    assertThat(PartialDates.notBefore("2019-11-24", "2019-11-22T10:00Z")).isTrue();
    assertThat(PartialDates.days("2019-11-22", "2019-11-24T01:00Z")).isEqualTo(2L);
    assertThat(PartialDates.days("2019-11", "2019-11-24")).isNull();
    assertThat(PartialDates.minutes("2019-11-29T17:55Z", "2019-11-29T17:56:40Z")).isEqualTo(1L);
    assertThat(PartialDates.minutes("2019-11-29T20:55+03:00", "2019-11-29T17:56Z")).isEqualTo(1L);
    assertThat(PartialDates.minutes("2019-11-29", "2019-11-29T17:56Z")).isNull();
  }
}
