package org.driftgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.driftgraph.extract.MentionExtractor;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.ingest.ReadTally;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;
import org.driftgraph.text.Gazetteer;

/**
 * Shows that reading and extracting a corpus streams: the heap after a full collection stays flat
 * while the corpus grows tenfold. Prints throughput (MB of article text per second, one thread,
 * timed with the sampling collections included, so a lower bound) and the largest live heap seen.
 * Run it as docs/benchmarks.md says; it is not a test.
 */
public final class IngestMemoryBenchmark {
  private static final String ARABIC =
      "قالت الشرطة الأوروبية يوروبول إن أنصار داعش انتقلوا من تيليجرام إلى تطبيق تام تام بعد حملة الحذف،"
          + " وإن وكالة ناشر نشرت بيانا على التطبيق. ";
  private static final String ENGLISH =
      "Europol said supporters of ISIS moved from Telegram to TamTam after the takedown, and Nashir News"
          + " Agency posted a claim on the app owned by Mail.Ru Group. ";

  private IngestMemoryBenchmark() {}

  public static void main(String[] args) throws IOException {
    Gazetteer gazetteer =
        Gazetteer.load(Path.of(args.length > 0 ? args[0] : "import/gazetteer.json"));
    MentionExtractor extractor =
        new MentionExtractor(gazetteer, RuleSet.load(Path.of("import", "rules")).affixes());
    Path dir = Files.createTempDirectory("driftgraph-bench");
    System.out.printf(
        Locale.ROOT,
        "%-10s %10s %12s %12s %14s%n",
        "articles",
        "MB text",
        "seconds",
        "MB/s",
        "live heap MB");
    for (int articles : List.of(2_000, 20_000)) {
      Path corpus = generate(dir.resolve("corpus-" + articles + ".jsonl"), articles);
      runOnce(corpus, extractor, dir); // warm-up
      Result result = runOnce(corpus, extractor, dir);
      System.out.printf(
          Locale.ROOT,
          "%-10d %10.1f %12.2f %12.2f %14.1f%n",
          articles,
          result.textBytes / 1e6,
          result.seconds,
          result.textBytes / 1e6 / result.seconds,
          result.liveHeapBytes / 1e6);
      Files.delete(corpus);
    }
    Files.delete(dir);
  }

  private record Result(long textBytes, double seconds, long liveHeapBytes) {}

  private static Result runOnce(Path corpus, MentionExtractor extractor, Path baseDir) {
    long[] bytes = {0};
    long[] count = {0};
    long[] liveHeap = {0};
    long t0 = System.nanoTime();
    ReadTally tally =
        new CorpusReader(baseDir)
            .read(
                List.of(corpus),
                new ArticleSink() {
                  @Override
                  public void article(Article article) {
                    bytes[0] += article.text().getBytes(StandardCharsets.UTF_8).length;
                    extractor.extract(article);
                    // What is still reachable after a full collection, sampled through the run:
                    // flat when the reader streams, growing when anything keeps the corpus.
                    if (++count[0] % 1_000 == 0) {
                      System.gc();
                      liveHeap[0] = Math.max(liveHeap[0], usedHeap());
                    }
                  }

                  @Override
                  public void rejected(Rejection rejection) {
                    throw new IllegalStateException(rejection.describe());
                  }
                });
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (tally.rejected() > 0) {
      throw new IllegalStateException("benchmark corpus had rejections");
    }
    return new Result(bytes[0], seconds, liveHeap[0]);
  }

  private static Path generate(Path file, int articles) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles; i++) {
        boolean arabic = i % 2 == 0;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("title", "Benchmark article " + i);
        line.put("url", "https://example.org/bench/" + i);
        line.put("language", arabic ? "ar" : "en");
        line.put("text", (arabic ? ARABIC : ENGLISH).repeat(20) + " " + i);
        out.write(json.writeValueAsString(line));
        out.newLine();
      }
    }
    return file;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
