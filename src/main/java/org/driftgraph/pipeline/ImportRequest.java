package org.driftgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.driftgraph.ingest.CorpusReader;

/**
 * What to import and with what.
 *
 * @param paths the files and folders to import
 * @param baseDir the folder that article file names are shown relative to
 * @param shownInputs the paths as shown to the user, for the manifest
 * @param gazetteerFile the reference entities (merges beside it)
 * @param rulesDir the extraction rules
 * @param batchSize articles written per transaction
 * @param manifestDir where the import manifest is written
 * @param followLinks read files that symbolic links inside an imported folder point to outside it
 *     (off: such links are rejected with a reason)
 * @param maxArticleBytes the largest file (or JSON Lines line) read as one article; a larger one is
 *     rejected naming its size
 * @param workers threads that extract articles (one writer writes them in reading order, so the
 *     store is the same for any number)
 */
public record ImportRequest(
    List<Path> paths,
    Path baseDir,
    List<String> shownInputs,
    Path gazetteerFile,
    Path rulesDir,
    int batchSize,
    Path manifestDir,
    boolean followLinks,
    int maxArticleBytes,
    int workers) {
  public static final int DEFAULT_BATCH = 64;

  /** The default article size limit, {@link CorpusReader#DEFAULT_MAX_ARTICLE_BYTES}. */
  public static final int DEFAULT_MAX_ARTICLE_BYTES = CorpusReader.DEFAULT_MAX_ARTICLE_BYTES;

  /** An import extracting on {@link #defaultWorkers()} threads. */
  public ImportRequest(
      List<Path> paths,
      Path baseDir,
      List<String> shownInputs,
      Path gazetteerFile,
      Path rulesDir,
      int batchSize,
      Path manifestDir,
      boolean followLinks,
      int maxArticleBytes) {
    this(
        paths,
        baseDir,
        shownInputs,
        gazetteerFile,
        rulesDir,
        batchSize,
        manifestDir,
        followLinks,
        maxArticleBytes,
        defaultWorkers());
  }

  /** One extraction thread per core. */
  public static int defaultWorkers() {
    return Runtime.getRuntime().availableProcessors();
  }

  public ImportRequest {
    paths = List.copyOf(paths);
    shownInputs = List.copyOf(shownInputs);
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(gazetteerFile, "gazetteerFile");
    Objects.requireNonNull(rulesDir, "rulesDir");
    Objects.requireNonNull(manifestDir, "manifestDir");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("nothing to import: no paths");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, not " + workers);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    if (maxArticleBytes < CorpusReader.MIN_ARTICLE_LIMIT_BYTES) {
      throw new IllegalArgumentException(
          "the article size limit must be at least "
              + CorpusReader.MIN_ARTICLE_LIMIT_BYTES
              + " bytes, not "
              + maxArticleBytes);
    }
  }
}
