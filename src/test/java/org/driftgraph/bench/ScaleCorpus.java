package org.driftgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;

/**
 * Writes a JSON Lines corpus of N articles for bench/scale.sh: the paragraphs of the sample
 * articles (and of the seed articles when {@code ../shared/corpus/seeds} is there) recombined, half
 * Arabic and half English, 4 to 9 paragraphs each, with a seeded random so that the same N gives
 * the same corpus. Every article gets its own title, url and date, and a closing line with its
 * number, so no two texts (and so no two article ids) are the same.
 *
 * <p>Usage: {@code ScaleCorpus N OUT.jsonl [IMPORT_DIR]}. Not a test.
 */
public final class ScaleCorpus {
  private static final long SEED = 13;

  /** Paragraphs shorter than this are headings or bylines, not text worth recombining. */
  private static final int MIN_PARAGRAPH = 80;

  private ScaleCorpus() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: ScaleCorpus N OUT.jsonl [IMPORT_DIR]");
    }
    generate(
        Integer.parseInt(args[0]), Path.of(args[1]), Path.of(args.length > 2 ? args[2] : "import"));
  }

  /** Writes {@code count} articles to {@code out}, from the paragraphs under {@code importDir}. */
  public static void generate(int count, Path out, Path importDir) throws IOException {
    List<Path> corpora = new ArrayList<>(List.of(importDir.resolve("articles")));
    Path seeds = Path.of("..", "shared", "corpus", "seeds");
    if (Files.isDirectory(seeds)) {
      corpora.add(seeds);
    }
    Map<String, List<String>> paragraphs = paragraphs(corpora);
    long bytes = write(out, count, paragraphs);
    System.out.printf(
        Locale.ROOT,
        "wrote %d articles, %.1f MB of text, to %s (paragraphs: %d ar, %d en, from %s)%n",
        count,
        bytes / 1e6,
        out,
        paragraphs.get("ar").size(),
        paragraphs.get("en").size(),
        corpora);
  }

  private static long write(Path out, int count, Map<String, List<String>> paragraphs)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Random random = new Random(SEED);
    long bytes = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        String language = i % 2 == 0 ? "ar" : "en";
        List<String> pool = paragraphs.get(language);
        StringBuilder text = new StringBuilder();
        int n = 4 + random.nextInt(6);
        for (int p = 0; p < n; p++) {
          text.append(pool.get(random.nextInt(pool.size()))).append("\n\n");
        }
        text.append(language.equals("ar") ? "تقرير رقم " : "Report number ").append(i).append('.');
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("title", "Scale article " + i);
        line.put("url", "https://example.org/scale/" + i);
        line.put(
            "published",
            String.format(
                Locale.ROOT, "%d-%02d-%02d", 2015 + i % 8, 1 + i / 8 % 12, 1 + i / 96 % 28));
        line.put("language", language);
        line.put("publisher", "driftgraph scale corpus");
        line.put("text", text.toString());
        bytes += text.toString().getBytes(StandardCharsets.UTF_8).length;
        writer.write(json.writeValueAsString(line));
        writer.newLine();
      }
    }
    return bytes;
  }

  private static Map<String, List<String>> paragraphs(List<Path> corpora) {
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    byLanguage.put("ar", new ArrayList<>());
    byLanguage.put("en", new ArrayList<>());
    new CorpusReader(Path.of(""))
        .read(
            corpora,
            new ArticleSink() {
              @Override
              public void article(Article article) {
                List<String> pool = byLanguage.get(article.language());
                if (pool == null) {
                  return;
                }
                for (String paragraph : article.text().split("\\n\\s*\\n")) {
                  if (paragraph.strip().length() >= MIN_PARAGRAPH) {
                    pool.add(paragraph.strip());
                  }
                }
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new IllegalStateException(rejection.describe());
              }
            });
    byLanguage.forEach(
        (language, pool) -> {
          if (pool.isEmpty()) {
            throw new IllegalStateException("no " + language + " paragraphs in " + corpora);
          }
        });
    return byLanguage;
  }
}
