package org.driftgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.driftgraph.extract.Extraction;
import org.driftgraph.extract.Extractor;
import org.driftgraph.model.Article;
import org.driftgraph.testing.CorpusArticles;

/**
 * Extraction throughput on one thread, in MB of article text (UTF-8) per second, for Arabic and for
 * English: the full extractor (mentions, discovered names, dates, claims) over real article texts,
 * repeated until each language has enough text to time. It prints MB per CPU-second of the
 * extracting thread beside MB per wall-clock second: on a shared machine the wall clock mostly
 * measures the wait for a core. Not a test: docs/benchmarks.md says how to run it and records its
 * figures. {@code -Dbench.mb=N} times N MB per language instead of 20.
 */
public final class ExtractionThroughputBenchmark {
  private static final long TARGET_BYTES =
      (long) (Double.parseDouble(System.getProperty("bench.mb", "20")) * 1_000_000);

  private ExtractionThroughputBenchmark() {}

  public static void main(String[] args) {
    Path importDir = Path.of(args.length > 0 ? args[0] : "import");
    List<Path> corpora = new ArrayList<>(List.of(importDir.resolve("articles")));
    Path seeds = Path.of("..", "shared", "corpus", "seeds");
    if (Files.isDirectory(seeds)) {
      corpora.add(seeds);
    }
    Extractor extractor = Extraction.load(importDir).extractor();
    List<Article> articles = CorpusArticles.read(corpora);
    System.out.printf(Locale.ROOT, "corpora: %s%n", corpora);
    System.out.printf(
        Locale.ROOT,
        "load average at start: %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(
        Locale.ROOT,
        "%-8s %9s %12s %10s %8s %10s %10s%n",
        "language",
        "articles",
        "MB timed",
        "seconds",
        "MB/s",
        "CPU s",
        "MB/CPU-s");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String language : List.of("ar", "en")) {
      List<Article> sample = articles.stream().filter(a -> a.language().equals(language)).toList();
      if (sample.isEmpty()) {
        continue;
      }
      run(extractor, sample, TARGET_BYTES / 4); // warm-up: let the JIT compile the hot paths
      long t0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long bytes = run(extractor, sample, TARGET_BYTES);
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%-8s %9d %12.1f %10.2f %8.2f %10.2f %10.2f%n",
          language,
          sample.size(),
          bytes / 1e6,
          seconds,
          bytes / 1e6 / seconds,
          cpuSeconds,
          bytes / 1e6 / cpuSeconds);
    }
    System.out.printf(
        Locale.ROOT,
        "load average at end: %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Extracts the sample's articles round-robin until {@code target} bytes of text went through. */
  private static long run(Extractor extractor, List<Article> sample, long target) {
    long bytes = 0;
    int claims = 0;
    for (int i = 0; bytes < target; i++) {
      Article article = sample.get(i % sample.size());
      claims += extractor.extract(article).claims().size();
      bytes += article.text().getBytes(StandardCharsets.UTF_8).length;
    }
    if (claims == 0) {
      throw new IllegalStateException("the extractor found no claim at all: nothing was measured");
    }
    return bytes;
  }
}
