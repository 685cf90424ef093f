package org.driftgraph.analyze.contract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.extract.Extraction;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.WriteResult;
import org.neo4j.driver.Driver;

/**
 * Imports a corpus the way {@code driftgraph import} does: the project's gazetteer and rules, the
 * corpus reader, the extractor and the graph writer (which derives the facts). A rejected file or
 * article fails the fixture: the expectations on a corpus assume all of it is in the graph.
 */
final class CorpusImport {
  private CorpusImport() {}

  static void run(Driver driver, Path importDir, Path corpus) {
    Extraction extraction = Extraction.load(importDir);
    GraphWriter writer = new GraphWriter(driver);
    writer.upsertEntities(extraction.gazetteer().entities());
    List<ExtractedArticle> extracted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    new CorpusReader(corpus)
        .read(
            List.of(corpus),
            new ArticleSink() {
              @Override
              public void article(Article article) {
                extracted.add(extraction.extractor().extract(article));
              }

              @Override
              public void rejected(Rejection rejection) {
                rejected.add(rejection);
              }
            });
    WriteResult result = writer.write(extracted);
    rejected.addAll(result.failed());
    if (!rejected.isEmpty() || extracted.isEmpty()) {
      throw new IllegalStateException(
          "importing "
              + corpus
              + " failed: "
              + (extracted.isEmpty()
                  ? "no articles"
                  : rejected.stream().map(Rejection::describe).toList()));
    }
  }
}
