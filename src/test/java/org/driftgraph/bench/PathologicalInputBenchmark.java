package org.driftgraph.bench;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.IntFunction;
import org.driftgraph.extract.Extraction;
import org.driftgraph.extract.Extractor;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;

/**
 * Extraction time per MB of generated pathological articles, at growing sizes, so that a cost that
 * grows faster than the input shows as a rising time per MB: text without punctuation or line
 * breaks, one trigger word repeated, a list of names, in Arabic and English. Not a test:
 * docs/benchmarks.md says how to run it and records its figures.
 */
public final class PathologicalInputBenchmark {
  private PathologicalInputBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path importDir = Path.of(args.length > 0 ? args[0] : "import");
    int maxKb = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
    Extractor extractor = Extraction.load(importDir).extractor();
    System.out.printf(
        Locale.ROOT, "%-34s %8s %9s %9s %8s%n", "input", "KB", "seconds", "s/MB", "claims");
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
  }

  private static void run(
      Extractor extractor, String name, String language, int maxKb, IntFunction<String> text)
      throws Exception {
    for (int kb = 16; kb <= maxKb; kb *= 4) {
      String body = text.apply(kb * 1024);
      long t0 = System.nanoTime();
      ExtractedArticle extracted = extractor.extract(article(body, language));
      double seconds = (System.nanoTime() - t0) / 1e9;
      double mb = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6;
      System.out.printf(
          Locale.ROOT,
          "%-34s %8d %9.2f %9.2f %8d%n",
          name,
          kb,
          seconds,
          seconds / mb,
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
