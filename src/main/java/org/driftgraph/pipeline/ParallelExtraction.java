package org.driftgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.driftgraph.extract.Extractor;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;

/**
 * The import's bounded pipeline: the reading thread hands each article to one of N extraction
 * workers, and one writer thread receives the results in reading order, rejections included, as a
 * one-thread import would (so the batches, and the store, are the same). At most {@code capacity}
 * articles are between the reader and the writer: when the writer falls behind, the reader waits.
 * An article the reader decided to leave alone passes in its place without being extracted.
 */
final class ParallelExtraction implements ArticleSink, AutoCloseable {
  /** What the writer thread receives, in reading order. */
  interface Downstream {
    void extracted(ExtractedArticle article);

    /** An article that was not extracted (see {@link #leftAlone(Article)}). */
    void leftAlone(Article article);

    void rejected(Rejection rejection);
  }

  /**
   * An article on its way (its extraction, or none when it is left alone), a rejection, or the end.
   */
  private record Slot(Article article, Future<ExtractedArticle> result, Rejection rejection) {}

  private static final Slot END = new Slot(null, null, null);
  private static final long POLL_MILLIS = 100;

  private final Supplier<Extractor> extractor;
  private final ExecutorService workers;
  private final BlockingQueue<Slot> queue;
  private final Thread writer;
  private volatile Throwable failure;
  private volatile boolean aborted;
  // CPU time of the extractions and of the writer thread, for import --timings.
  private final LongAdder extractionCpuNanos = new LongAdder();
  private volatile long writerCpuNanos;

  ParallelExtraction(Extractor extractor, int workerCount, int capacity, Downstream downstream) {
    this(() -> extractor, workerCount, capacity, downstream);
  }

  /**
   * @param extractor asked for the extractor on the reading thread when the first article is to be
   *     extracted (so loading it costs nothing when none is, and fails on the reading thread)
   */
  ParallelExtraction(
      Supplier<Extractor> extractor, int workerCount, int capacity, Downstream downstream) {
    if (workerCount < 1 || capacity < 1) {
      throw new IllegalArgumentException("workers and capacity must be at least 1");
    }
    this.extractor = extractor;
    this.workers = Executors.newFixedThreadPool(workerCount, daemons("driftgraph-extract-"));
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.writer = daemons("driftgraph-write-").newThread(() -> drain(downstream));
    writer.start();
  }

  @Override
  public void article(Article article) {
    Extractor loaded = extractor.get();
    put(new Slot(article, workers.submit(() -> extract(loaded, article)), null));
  }

  private ExtractedArticle extract(Extractor loaded, Article article) {
    long before = threadCpuNanos();
    try {
      return loaded.extract(article);
    } finally {
      extractionCpuNanos.add(threadCpuNanos() - before);
    }
  }

  /** CPU milliseconds the extractions used, on all workers. */
  long extractionCpuMillis() {
    return extractionCpuNanos.sum() / 1_000_000;
  }

  /** CPU milliseconds the writer thread used (the batches written), once it has stopped. */
  long writerCpuMillis() {
    return writerCpuNanos / 1_000_000;
  }

  /** This thread's CPU time, or 0 where the JVM does not measure it. */
  private static long threadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  /** Passes {@code article} on in reading order without extracting it. */
  void leftAlone(Article article) {
    put(new Slot(article, null, null));
  }

  @Override
  public void rejected(Rejection rejection) {
    put(new Slot(null, null, rejection));
  }

  /**
   * Waits until the writer has received everything read so far, then stops the threads.
   *
   * @throws RuntimeException what the writer (or an extraction, with an {@link Error}) failed with
   */
  void finish() {
    put(END);
    join();
    workers.shutdown();
    rethrowFailure();
  }

  /** Stops without handing on what is still queued: for a reader that failed. */
  @Override
  public void close() {
    if (!writer.isAlive()) {
      workers.shutdownNow();
      return;
    }
    aborted = true;
    queue.clear();
    queue.offer(END);
    join();
    workers.shutdownNow();
  }

  private void drain(Downstream downstream) {
    long before = threadCpuNanos();
    try {
      for (Slot slot = queue.take(); slot != END && !aborted; slot = queue.take()) {
        if (slot.rejection() != null) {
          downstream.rejected(slot.rejection());
          continue;
        }
        if (slot.result() == null) {
          downstream.leftAlone(slot.article());
          continue;
        }
        ExtractedArticle extracted;
        try {
          extracted = slot.result().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof RuntimeException cause)) {
            throw e.getCause();
          }
          downstream.rejected(
              new Rejection(
                  slot.article().file(), null, "extraction failed: " + cause.getMessage()));
          continue;
        }
        downstream.extracted(extracted);
      }
    } catch (Throwable e) {
      failure = e;
    } finally {
      writerCpuNanos = threadCpuNanos() - before;
    }
  }

  /** Waits for room in the queue, giving up as soon as the writer has failed. */
  private void put(Slot slot) {
    try {
      while (!queue.offer(slot, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        if (!writer.isAlive()) {
          rethrowFailure();
          throw new IllegalStateException("the import's writer stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    }
    if (failure != null) {
      rethrowFailure();
    }
  }

  private void join() {
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing", e);
    }
  }

  private void rethrowFailure() {
    Throwable e = failure;
    if (e == null) {
      return;
    }
    if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(e.getMessage(), e);
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
