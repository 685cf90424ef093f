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
import java.util.SplittableRandom;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;

/**
 * Writes a JSON Lines corpus of N articles, half Arabic and half English, each made of 4 to 8
 * paragraphs drawn (seeded) from real and sample articles of the same language: the sample corpus
 * and, when present, the seed articles. Every article is new text (a distinct content hash) that
 * reads like the news the extractor was built for, so an import of it gives claims, facts and
 * evidence the way a real archive does. Not a test: docs/benchmarks.md says how to use it.
 * Arguments: articles, output file [, import folder].
 */
public final class RecombinedCorpus {
  private static final long SEED = 20_191_128L;

  private RecombinedCorpus() {}

  public static void main(String[] args) throws IOException {
    int articles = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path importDir = Path.of(args.length > 2 ? args[2] : "import");
    List<Path> sources = new ArrayList<>(List.of(importDir.resolve("articles")));
    Path seeds = Path.of("..", "shared", "corpus", "seeds");
    if (Files.isDirectory(seeds)) {
      sources.add(seeds);
    }
    Map<String, List<String>> paragraphs = paragraphs(sources);
    long bytes = write(out, articles, paragraphs);
    System.out.printf(
        Locale.ROOT,
        "%d articles, %.1f MB, from %d Arabic and %d English paragraphs of %s%n",
        articles,
        bytes / 1e6,
        paragraphs.get("ar").size(),
        paragraphs.get("en").size(),
        sources);
  }

  /** The paragraphs (blank-line separated, 80 characters or more) of every article, by language. */
  static Map<String, List<String>> paragraphs(List<Path> sources) {
    Map<String, List<String>> byLanguage = new LinkedHashMap<>();
    byLanguage.put("ar", new ArrayList<>());
    byLanguage.put("en", new ArrayList<>());
    new CorpusReader(Path.of(""))
        .read(
            sources,
            new ArticleSink() {
              @Override
              public void article(Article article) {
                List<String> kept = byLanguage.get(article.language());
                if (kept == null) {
                  return;
                }
                for (String paragraph : article.text().split("\\n\\s*\\n")) {
                  if (paragraph.strip().length() >= 80) {
                    kept.add(paragraph.strip());
                  }
                }
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new IllegalStateException(rejection.describe());
              }
            });
    return byLanguage;
  }

  static long write(Path out, int articles, Map<String, List<String>> paragraphs)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    SplittableRandom random = new SplittableRandom(SEED);
    long bytes = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < articles; i++) {
        String language = i % 2 == 0 ? "ar" : "en";
        List<String> pool = paragraphs.get(language);
        List<String> chosen = new ArrayList<>();
        int count = 4 + random.nextInt(5);
        for (int p = 0; p < count; p++) {
          chosen.add(pool.get(random.nextInt(pool.size())));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("title", (language.equals("ar") ? "مقال " : "Article ") + i);
        line.put("url", "https://example.org/bench/" + language + "/" + i);
        line.put(
            "published",
            String.format(
                Locale.ROOT, "20%02d-%02d-%02d", 15 + i % 9, 1 + i % 12, 1 + (i / 12) % 28));
        line.put("language", language);
        line.put("publisher", "driftgraph benchmark corpus");
        line.put("text", String.join("\n\n", chosen));
        String text = json.writeValueAsString(line);
        bytes += text.getBytes(StandardCharsets.UTF_8).length + 1;
        writer.write(text);
        writer.newLine();
      }
    }
    return bytes;
  }
}
