package org.driftgraph.pipeline;

import java.util.List;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.WriteResult;
import org.driftgraph.store.batch.NewStoreWriter;

/**
 * Where {@link ImportJob} writes its batches: transactions into an open store, or the CSV files of
 * a new store that the import tool loads afterwards.
 */
interface ArticleWrites {
  /**
   * Writes one batch, of which the stored articles {@code leftAlone} were not extracted again
   * (their inputs are unchanged); the result counts the articles and lists those that could not be
   * stored.
   */
  WriteResult write(List<ExtractedArticle> batch, List<String> leftAlone);

  /**
   * After the last batch: the facts of the subjects the batches touched, when the store is open.
   */
  void finish();

  /** Transactions through {@link GraphWriter}, the facts derived once after the last batch. */
  static ArticleWrites transactional(GraphWriter writer) {
    return new ArticleWrites() {
      @Override
      public WriteResult write(List<ExtractedArticle> batch, List<String> leftAlone) {
        return writer.writeDeferringFacts(batch, leftAlone);
      }

      @Override
      public void finish() {
        writer.derivePendingFacts();
      }
    };
  }

  /**
   * The CSV files of a new store; the facts are derived once the imported store is started. A new
   * store holds no article, so none is ever left alone.
   */
  static ArticleWrites batch(NewStoreWriter writer) {
    return new ArticleWrites() {
      @Override
      public WriteResult write(List<ExtractedArticle> batch, List<String> leftAlone) {
        if (!leftAlone.isEmpty()) {
          throw new IllegalStateException("a new store holds no article to leave alone");
        }
        return writer.write(batch);
      }

      @Override
      public void finish() {}
    };
  }
}
