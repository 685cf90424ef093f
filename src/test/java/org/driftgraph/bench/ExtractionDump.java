package org.driftgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.driftgraph.extract.Extraction;
import org.driftgraph.extract.Extractor;
import org.driftgraph.model.Article;
import org.driftgraph.testing.CorpusArticles;

/**
 * Writes the full extraction (discovered names, mentions, claims) of every article of the given
 * corpora as JSON Lines, one article a line in id order, so that two builds can be compared byte
 * for byte: a speed change of the extractor must leave this file unchanged. Not a test; usage:
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:target/lib/*" \
 *   org.driftgraph.bench.ExtractionDump import OUT.jsonl CORPUS_DIR...
 * </pre>
 */
public final class ExtractionDump {
  private ExtractionDump() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: ExtractionDump IMPORT_DIR OUT.jsonl CORPUS_DIR...");
    }
    Extractor extractor = Extraction.load(Path.of(args[0])).extractor();
    List<Path> corpora = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      corpora.add(Path.of(args[i]));
    }
    List<Article> articles = CorpusArticles.read(corpora);
    articles.sort(Comparator.comparing(Article::id));
    ObjectMapper json =
        new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (Article article : articles) {
        out.write(json.writeValueAsString(extractor.extract(article)));
        out.write('\n');
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    System.out.println(articles.size() + " articles from " + corpora + " written to " + args[1]);
  }
}
