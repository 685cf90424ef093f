package org.driftgraph.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.extract.Extractor;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;

/**
 * Reads a corpus folder the way {@code import} does (same decoding, front matter and boilerplate
 * stripping), runs an extractor on every article and scores the result against a gold file.
 */
public final class Evaluator {
  private final Extractor extractor;
  private final EntityResolver.Directory knownEntities;

  /**
   * @param knownEntities the extractor's entities (usually {@code gazetteer::find})
   */
  public Evaluator(Extractor extractor, EntityResolver.Directory knownEntities) {
    this.extractor = extractor;
    this.knownEntities = knownEntities;
  }

  /**
   * Scores the extractor on the articles of {@code corpusDir}. Files the reader rejects are listed
   * in {@link Evaluation#problems()}.
   *
   * @throws IllegalArgumentException when {@code corpusDir} is not a folder
   */
  public Evaluation evaluate(GoldFile gold, Path corpusDir) {
    if (!Files.isDirectory(corpusDir)) {
      throw new IllegalArgumentException(corpusDir + ": not a corpus folder");
    }
    Map<String, ExtractedArticle> predictions = new LinkedHashMap<>();
    List<String> rejected = new ArrayList<>();
    new CorpusReader(corpusDir)
        .read(
            List.of(corpusDir),
            new ArticleSink() {
              @Override
              public void article(Article article) {
                predictions.put(article.file(), extractor.extract(article));
              }

              @Override
              public void rejected(Rejection rejection) {
                rejected.add("not read: " + rejection.describe());
              }
            });
    return new Scorer(gold, knownEntities).score(predictions).withProblems(rejected);
  }
}
