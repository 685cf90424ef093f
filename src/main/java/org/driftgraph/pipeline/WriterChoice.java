package org.driftgraph.pipeline;

import java.util.Locale;

/**
 * How an import writes: {@link #TRANSACTIONAL} (batches of transactions into the store, what every
 * import into a store that holds a database does), {@link #BATCH} (a new store built by the import
 * tool, {@link BatchImportPipeline}) or {@link #AUTO}: the batch path for a new store fed at least
 * {@link #BATCH_THRESHOLD} articles, where it pays for the extra DBMS start and index build.
 */
public enum WriterChoice {
  AUTO,
  BATCH,
  TRANSACTIONAL;

  /** Articles (by a quick count of the input) from which AUTO builds a new store in batch. */
  public static final int BATCH_THRESHOLD = 1_000;

  /**
   * Whether to take the batch path.
   *
   * @param newStore the store holds no database yet
   * @param articles the articles the input holds, by {@code CorpusReader.countArticles}
   */
  public boolean batch(boolean newStore, long articles) {
    return switch (this) {
      case TRANSACTIONAL -> false;
      case BATCH -> true;
      case AUTO -> newStore && articles >= BATCH_THRESHOLD;
    };
  }

  /** The option value: {@code auto}, {@code batch} or {@code transactional}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
