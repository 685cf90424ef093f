package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every entity the seed gold lists is in the gazetteer, so whatever discovery finds in the seed
 * articles is a spurious mention. Reads ../shared (or -Ddriftgraph.shared=...) and skips without
 * it.
 */
class SeedDiscoveryTest {
  private static final Path SHARED =
      Path.of(System.getProperty("driftgraph.shared", Path.of("..", "shared").toString()));

  @Test
  void discoversNothingInTheSeedArticlesWhoseEntitiesAreAllKnown() {
    Path seeds = SHARED.resolve("corpus/seeds");
    Assumptions.assumeTrue(
        Files.isDirectory(seeds), "../shared not present: " + seeds.toAbsolutePath());
    Gazetteer gazetteer = Gazetteer.load(Path.of("import", "gazetteer.json"));
    RuleSet rules = RuleSet.load(Path.of("import", "rules"));
    EntityMatcher matcher = new EntityMatcher(gazetteer, rules.affixes());
    NameDiscoverer discoverer = new NameDiscoverer(gazetteer, rules);
    List<Article> articles = new ArrayList<>();
    new CorpusReader(seeds)
        .read(
            List.of(seeds),
            new ArticleSink() {
              @Override
              public void article(Article a) {
                articles.add(a);
              }

              @Override
              public void rejected(Rejection r) {
                throw new AssertionError(r.describe());
              }
            });

    List<String> found = new ArrayList<>();
    for (Article article : articles) {
      for (DiscoveredName name : discoverer.discover(article, matcher.find(article.text()))) {
        found.add(
            article.file()
                + ": "
                + name.entity().type().label()
                + " "
                + name.entity().id()
                + " "
                + name.entity().names()
                + " x"
                + name.mentions().size());
      }
    }
    System.out.println(
        "discovered in "
            + articles.size()
            + " seed articles: "
            + (found.isEmpty() ? "nothing" : found));

    assertThat(articles).hasSize(5);
    assertThat(found).isEmpty();
  }
}
