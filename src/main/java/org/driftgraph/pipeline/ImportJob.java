package org.driftgraph.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.driftgraph.extract.Extractor;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.ingest.ReadTally;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;
import org.driftgraph.store.WriteResult;
import org.driftgraph.text.SentenceSplitter;

/**
 * Streams a corpus through extraction into the store: read articles on this thread, extract them on
 * {@code workers} threads, and on one writer thread take them back in reading order, buffer up to a
 * batch and write the batch in one transaction ({@link ParallelExtraction}). Memory is bounded by
 * the batch, not the corpus: at most two batches' worth of articles wait between reader and writer.
 * The facts of the subjects the batches touched are derived once, after the last batch. Articles
 * that {@link UnchangedArticles} leaves alone skip the extraction but keep their place in the
 * batches, so every batch, and every count, is what it would be had they been extracted.
 */
final class ImportJob {
  private final ArticleWrites writer;
  private final Supplier<Extractor> extractor;
  private final UnchangedArticles unchanged;
  private final int batchSize;
  private final int workers;
  private final PipelineListener progress;
  private final SentenceSplitter splitter = new SentenceSplitter();

  ImportJob(
      ArticleWrites writer,
      Supplier<Extractor> extractor,
      UnchangedArticles unchanged,
      int batchSize,
      int workers,
      PipelineListener progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1");
    }
    this.writer = writer;
    this.extractor = extractor;
    this.unchanged = unchanged;
    this.batchSize = batchSize;
    this.workers = workers;
    this.progress = progress;
  }

  /**
   * @param totalFiles how many files the paths hold, for the time left (0 when not counted)
   */
  ImportManifest run(
      List<Path> paths,
      CorpusReader reader,
      List<String> shownInputs,
      int totalFiles,
      Path manifestDir) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    RejectionLog rejections = new RejectionLog(manifestDir);
    Batcher batcher = new Batcher(rejections);
    progress.start("import", totalFiles);
    ReadTally tally;
    try (rejections;
        ParallelExtraction pipeline =
            new ParallelExtraction(extractor, workers, 2 * batchSize, batcher)) {
      tally = reader.read(paths, new Progress(pipeline));
      pipeline.finish();
      batcher.flush();
      // Facts once for the whole import, from every subject the batches marked.
      writer.finish();
      progress.partCpu("extraction workers", pipeline.extractionCpuMillis());
      progress.partCpu("writer thread (rows, batches)", pipeline.writerCpuMillis());
    } finally {
      progress.finish();
    }
    Path list = rejections.file();
    return new ImportManifest(
        started.truncatedTo(ChronoUnit.SECONDS).toString(),
        (System.nanoTime() - t0) / 1_000_000,
        shownInputs,
        tally.files(),
        tally.articles(),
        batcher.extracted,
        batcher.written,
        batcher.unchanged,
        batcher.replaced,
        rejections.sample(),
        rejections.total(),
        list == null ? null : list.getFileName().toString(),
        batcher.cutNotes,
        batcher.articlesWithCuts,
        batcher.sentenceCuts);
  }

  /** Reports progress on the reading thread and passes everything on. */
  private final class Progress implements ArticleSink {
    private final ParallelExtraction pipeline;

    Progress(ParallelExtraction pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    public void article(Article article) {
      progress.article(article.file());
      if (unchanged.leaveAlone(article)) {
        pipeline.leftAlone(article);
      } else {
        pipeline.article(article);
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      progress.rejected(rejection.file());
      pipeline.rejected(rejection);
    }
  }

  /**
   * On the writer thread: receives extracted articles and those left alone in order, and writes
   * full batches.
   */
  private final class Batcher implements ParallelExtraction.Downstream {
    private final List<ExtractedArticle> batch = new ArrayList<>();
    private final List<String> leftAlone = new ArrayList<>();
    private final RejectionLog rejected;
    private final List<SentenceCuts> cutNotes = new ArrayList<>();
    private int extracted;
    private int written;
    private int unchanged;
    private int replaced;
    private long articlesWithCuts;
    private long sentenceCuts;

    Batcher(RejectionLog rejected) {
      this.rejected = rejected;
    }

    @Override
    public void extracted(ExtractedArticle article) {
      extracted++;
      batch.add(article);
      noteCuts(article.article());
      flushWhenFull();
    }

    @Override
    public void leftAlone(Article article) {
      leftAlone.add(article.id());
      noteCuts(article);
      flushWhenFull();
    }

    private void flushWhenFull() {
      if (batch.size() + leftAlone.size() >= batchSize) {
        flush();
      }
    }

    @Override
    public void rejected(Rejection rejection) {
      rejected.add(rejection);
    }

    /** The manifest names the first articles whose sentences were cut and counts them all. */
    private void noteCuts(Article article) {
      int cuts = splitter.cutsIn(article.text(), article.language());
      if (cuts == 0) {
        return;
      }
      articlesWithCuts++;
      sentenceCuts += cuts;
      if (cutNotes.size() < ImportManifest.NOTES_LISTED) {
        cutNotes.add(new SentenceCuts(article.file(), article.sourceKey(), cuts));
      }
    }

    void flush() {
      if (batch.isEmpty() && leftAlone.isEmpty()) {
        return;
      }
      WriteResult result = writer.write(List.copyOf(batch), List.copyOf(leftAlone));
      batch.clear();
      leftAlone.clear();
      written += result.written();
      unchanged += result.unchanged();
      replaced += result.replaced();
      result.failed().forEach(rejected::add);
    }
  }
}
