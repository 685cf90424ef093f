package org.driftgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.driftgraph.extract.Extraction;
import org.driftgraph.extract.Extractor;
import org.driftgraph.extract.PathologicalInputs;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.ingest.ReadTally;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;

/**
 * Extraction time per MB of generated pathological articles, at growing sizes, so that a cost that
 * grows faster than the input shows as a rising time per MB: text without punctuation or line
 * breaks, one trigger word repeated, a list of names, one paragraph of dated and quoted statements,
 * in Arabic and English; then the sizes once each (5 MB without punctuation in English and
 * in Arabic, 100k names, 1 MB of one trigger word), 10,000 nested HTML elements and 10 million bad
 * JSON Lines (a third argument changes the count). Each line ends with the machine's load average,
 * which the times depend on. Not a test: docs/benchmarks.md says how to run it and records its
 * figures.
 */
public final class PathologicalInputBenchmark {
  /**
   * Runs only the inputs whose name starts with one of these, comma-separated ({@code
   * -Dbench.only="ar: 5 MB"}), so that a long input can run in a JVM of its own; all by default.
   */
  private static final List<String> ONLY = List.of(System.getProperty("bench.only", "").split(","));

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private PathologicalInputBenchmark() {}

  private static boolean selected(String name) {
    return ONLY.stream().anyMatch(name::startsWith);
  }

  public static void main(String[] args) throws Exception {
    Path importDir = Path.of(args.length > 0 ? args[0] : "import");
    int maxKb = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
    Extractor extractor = Extraction.load(importDir).extractor();
    System.out.printf(
        Locale.ROOT,
        "%-34s %8s %9s %9s %9s %8s %6s%n",
        "input",
        "KB",
        "seconds",
        "s/MB",
        "CPU s",
        "claims (articles, rejections)",
        "load");
    run(
        extractor,
        "en: words, no punctuation",
        "en",
        maxKb,
        PathologicalInputBenchmark::englishRun);
    run(extractor, "ar: words, no punctuation", "ar", maxKb, PathologicalInputBenchmark::arabicRun);
    run(extractor, "en: one trigger word repeated", "en", maxKb, n -> repeat("banned ", n));
    run(extractor, "ar: one trigger word repeated", "ar", maxKb, n -> repeat("حظرت ", n));
    run(
        extractor,
        "en: list of platform names",
        "en",
        maxKb,
        n -> repeat("Telegram and TamTam ", n));
    run(
        extractor,
        "en: one paragraph of statements",
        "en",
        maxKb,
        n -> repeat(PathologicalInputs.ENGLISH_STATEMENTS, n));
    run(
        extractor,
        "ar: one paragraph of statements",
        "ar",
        maxKb,
        n -> repeat(PathologicalInputs.ARABIC_STATEMENTS, n));
    // The sizes, once each, the slowest last.
    nestedHtml(10_000);
    badJsonLines(args.length > 2 ? Integer.parseInt(args[2]) : 10_000_000);
    once(extractor, "en: 1 MB of one trigger word", "en", repeat("banned ", 1024 * 1024));
    once(extractor, "en: 100k-name list", "en", repeat("Telegram, TamTam, ", 50_000 * 18));
    once(extractor, "en: 5 MB, no punctuation", "en", englishRun(5 * 1024 * 1024));
    // 5 MB of UTF-8, as the English one: Arabic letters take two bytes each.
    once(extractor, "ar: 5 MB, no punctuation", "ar", arabicRun(utf8Chars(5 * 1024 * 1024)));
  }

  private static void once(Extractor extractor, String name, String language, String body)
      throws Exception {
    if (!selected(name)) {
      return;
    }
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    ExtractedArticle extracted = extractor.extract(article(body, language));
    print(name, body.getBytes(StandardCharsets.UTF_8).length, t0, cpu0, extracted.claims().size());
  }

  /** An HTML page of {@code levels} nested article and div elements, read into an article. */
  private static void nestedHtml(int levels) throws IOException {
    if (!selected("html")) {
      return;
    }
    Path dir = Files.createTempDirectory("pathological");
    String html =
        "<html><body>"
            + "<article><div>".repeat(levels)
            + "The platform banned the channels of the group. ".repeat(20)
            + "</div></article>".repeat(levels)
            + "</body></html>";
    Path file = Files.writeString(dir.resolve("nested.html"), html);
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    ReadTally tally = new CorpusReader(dir).read(List.of(file), new DroppingSink());
    print("html: " + levels + " nested levels", Files.size(file), t0, cpu0, tally.articles());
    Files.delete(file);
    Files.delete(dir);
  }

  /**
   * {@code lines} bad JSON Lines, streamed to a file and read: every line is a rejection, none kept
   * here (the import streams them to its rejection list), so the heap stays flat.
   */
  private static void badJsonLines(int lines) throws IOException {
    if (!selected("jsonl")) {
      return;
    }
    Path dir = Files.createTempDirectory("pathological");
    Path file = dir.resolve("bad.jsonl");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < lines; i++) {
        out.write(i % 2 == 0 ? "{\"text\": \"x\"} junk\n" : "{\"text\": 1}\n");
      }
    }
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    ReadTally tally = new CorpusReader(dir).read(List.of(file), new DroppingSink());
    print("jsonl: " + lines + " bad lines", Files.size(file), t0, cpu0, tally.rejected());
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.out.printf(
        Locale.ROOT,
        "   (heap in use after reading: %.1f MB)%n",
        (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    Files.delete(file);
    Files.delete(dir);
  }

  /**
   * One line: wall seconds and s/MB, and the CPU seconds of this thread (the extraction runs on
   * it), which a loaded machine stretches far less than the wall clock.
   */
  private static void print(String name, long bytes, long t0, long cpu0, long count) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double mb = bytes / 1e6;
    System.out.printf(
        Locale.ROOT,
        "%-34s %8d %9.2f %9.2f %9.2f %8d %6.1f%n",
        name,
        bytes / 1024,
        seconds,
        seconds / mb,
        cpu,
        count,
        loadAverage());
  }

  /** The system load average of the last minute: the times are only as good as the machine. */
  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Counts nothing and keeps nothing. */
  private static final class DroppingSink implements ArticleSink {
    @Override
    public void article(Article article) {}

    @Override
    public void rejected(Rejection rejection) {}
  }

  private static void run(
      Extractor extractor, String name, String language, int maxKb, IntFunction<String> text)
      throws Exception {
    if (!selected(name)) {
      return;
    }
    for (int kb = 16; kb <= maxKb; kb *= 4) {
      String body = text.apply(kb * 1024);
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      ExtractedArticle extracted = extractor.extract(article(body, language));
      print(
          name + " " + kb + " KB",
          body.getBytes(StandardCharsets.UTF_8).length,
          t0,
          cpu0,
          extracted.claims().size());
    }
  }

  private static String englishRun(int chars) {
    return repeat(
        "supporters of the group moved from Facebook to Telegram after the platform banned them ",
        chars);
  }

  private static String arabicRun(int chars) {
    return repeat("انتقل أنصار التنظيم من فيسبوك إلى تيليغرام بعد أن حظرت المنصة حساباتهم ", chars);
  }

  /** How many characters of {@link #arabicRun} make about {@code bytes} bytes of UTF-8. */
  private static int utf8Chars(int bytes) {
    String unit = arabicRun(1);
    return (int) ((long) bytes * unit.length() / unit.getBytes(StandardCharsets.UTF_8).length);
  }

  private static String repeat(String unit, int chars) {
    StringBuilder out = new StringBuilder(chars + unit.length());
    while (out.length() < chars) {
      out.append(unit);
    }
    return out.toString();
  }

  private static Article article(String text, String language) throws Exception {
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return new Article(
        sha.substring(0, 16),
        "bench.txt",
        null,
        null,
        "2020-01-01",
        language,
        null,
        "bench.txt",
        sha,
        "UTF-8",
        text);
  }
}
