package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.driftgraph.extract.Extraction;
import org.driftgraph.model.ExtractedArticle;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** The set-up the write-path tests share: an empty store, the gazetteer, batched writes. */
final class WriteFixture {
  private WriteFixture() {}

  static void emptyGraph(Driver driver) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    Schema.apply(driver);
  }

  static void emptyGraphWithGazetteer(Driver driver, Extraction extraction) {
    emptyGraph(driver);
    new GraphWriter(driver).upsertEntities(extraction.gazetteer().entities());
  }

  /**
   * Writes the articles in batches, deferring the facts; every batch must write without failures.
   */
  static int writeInBatches(GraphWriter writer, List<ExtractedArticle> articles, int batch) {
    int written = 0;
    for (int from = 0; from < articles.size(); from += batch) {
      WriteResult result =
          writer.writeDeferringFacts(
              articles.subList(from, Math.min(articles.size(), from + batch)));
      assertThat(result.failed()).isEmpty();
      written += result.written();
    }
    return written;
  }
}
