package org.driftgraph.analyze.neo4j;

import java.util.List;
import java.util.Map;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.Projection;
import org.driftgraph.store.CypherScripts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Stores a centrality run as a node property ({@code pagerank}, {@code platformsBetweenness}, ...)
 * so that Bloom can style by it and Cypher can sort by it, whichever engine computed it. The
 * property name only ever comes from {@link Projection#scoreProperty}, never from input: it is a
 * dynamic key in the Cypher.
 */
public final class ScoreWriter {
  private static final List<String> WRITE_SCORES =
      CypherScripts.statements(CypherScripts.load("analyze/write-scores.cypher"));

  private final Driver driver;

  public ScoreWriter(Driver driver) {
    this.driver = driver;
  }

  /**
   * Makes the property hold exactly the given scores, in one transaction: every other node of the
   * projection loses it, so give the whole run (not a top cut) and a rerun leaves nothing stale.
   *
   * @return the number of nodes that got a score
   */
  public int write(
      Projection projection, CentralityAlgorithm algorithm, List<CentralityScore> scores) {
    String property = projection.scoreProperty(algorithm);
    List<Map<String, Object>> rows =
        scores.stream()
            .map(score -> Map.<String, Object>of("id", score.entity().id(), "score", score.score()))
            .toList();
    Map<String, Object> parameters =
        Map.of("label", projection.nodeLabel(), "property", property, "scores", rows);
    try (Session session = driver.session()) {
      return session.executeWrite(
          tx -> {
            tx.run(WRITE_SCORES.get(0), parameters).consume();
            return tx.run(WRITE_SCORES.get(1), parameters).single().get("written").asInt();
          });
    }
  }
}
