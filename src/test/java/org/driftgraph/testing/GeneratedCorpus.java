package org.driftgraph.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.driftgraph.bench.ScaleCorpus;
import org.driftgraph.extract.Extraction;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;

/**
 * A corpus made by the scale benchmark's generator and extracted with the project's rules, for the
 * store tests that write a few hundred realistic articles and compare graphs.
 *
 * @param extraction the rules and gazetteer the articles were extracted with
 * @param articles the extracted articles, in the generator's order
 */
public record GeneratedCorpus(Extraction extraction, List<ExtractedArticle> articles) {
  public GeneratedCorpus {
    Objects.requireNonNull(extraction, "extraction");
    articles = List.copyOf(articles);
  }

  /** Generates {@code count} articles in a new temporary folder and extracts them. */
  public static GeneratedCorpus extract(int count) throws IOException {
    Path home = Path.of("").toAbsolutePath();
    Path dir = Files.createTempDirectory("generated-corpus");
    Path corpus = dir.resolve("corpus.jsonl");
    ScaleCorpus.generate(count, corpus, home.resolve("import"));
    Extraction extraction = Extraction.load(home.resolve("import"));
    // Seed paragraphs with a raw U+FFFD are rejected, as an import would: left out.
    List<Article> read = CorpusArticles.read(dir, List.of(corpus), rejection -> {});
    return new GeneratedCorpus(
        extraction, read.stream().map(extraction.extractor()::extract).toList());
  }

  /** The articles with their mentions and claims taken away, as stored before an extraction. */
  public List<ExtractedArticle> bare() {
    return articles.stream()
        .map(e -> new ExtractedArticle(e.article(), List.of(), List.of(), List.of()))
        .toList();
  }
}
