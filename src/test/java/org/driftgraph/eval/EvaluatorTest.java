package org.driftgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.extract.Extractor;
import org.driftgraph.extract.MentionExtractor;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
import org.driftgraph.text.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  private static final Path SAMPLE = Path.of("src/test/resources/eval");

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              new Entity(
                  "isis",
                  EntityType.ACTOR,
                  "group",
                  "Islamic State",
                  List.of("تنظيم الدولة"),
                  null,
                  false),
              new Entity("the-base", EntityType.ACTOR, "group", "The Base", List.of(), null, false),
              new Entity(
                  "telegram",
                  EntityType.PLATFORM,
                  null,
                  "Telegram",
                  List.of("تلغرام"),
                  null,
                  false),
              new Entity(
                  "tamtam", EntityType.PLATFORM, null, "TamTam", List.of("تام تام"), null, false),
              new Entity("twitter", EntityType.PLATFORM, null, "Twitter", List.of(), null, false),
              new Entity("gab-social", EntityType.PLATFORM, null, "Gab", List.of(), null, false)));

  @TempDir Path dir;

  /**
   * Finds the gazetteer's names and states one claim per sentence that contains a trigger phrase.
   */
  private static final class PhraseExtractor implements Extractor {
    private final MentionExtractor mentions =
        new MentionExtractor(GAZETTEER, RuleSet.load(Path.of("import", "rules")).affixes());

    @Override
    public ExtractedArticle extract(Article article) {
      List<Claim> claims = new ArrayList<>();
      claim(
          article,
          "moved to Gab",
          RelationType.MIGRATED_TO,
          "the-base",
          "gab-social",
          "2021-01",
          claims);
      claim(article, "suspended", RelationType.BANNED_BY, "the-base", "tamtam", null, claims);
      claim(article, "انتقلوا", RelationType.MIGRATED_TO, "isis", "tamtam", "2018-03", claims);
      ExtractedArticle found = mentions.extract(article);
      return new ExtractedArticle(article, found.discovered(), found.mentions(), claims);
    }

    private static void claim(
        Article article,
        String phrase,
        RelationType type,
        String subject,
        String object,
        String date,
        List<Claim> out) {
      int at = article.text().indexOf(phrase);
      if (at < 0) {
        return;
      }
      int sentenceStart = article.text().lastIndexOf('\n', at) + 1;
      int sentenceEnd = article.text().indexOf('\n', at);
      String sentence =
          article
              .text()
              .substring(sentenceStart, sentenceEnd < 0 ? article.text().length() : sentenceEnd);
      out.add(
          new Claim(
              "c" + out.size(),
              type,
              article.id(),
              subject,
              object,
              List.of("telegram"),
              List.of(),
              sentence,
              sentenceStart,
              at,
              at + phrase.length(),
              date,
              date == null ? null : DatePrecision.SEASON,
              Modality.ASSERTED,
              0.8,
              "phrase"));
    }
  }

  @Test
  void readsTheCorpusLikeImportAndScoresEachArticleByItsFileName() {
    GoldFile gold = GoldFile.load(SAMPLE.resolve("sample-gold.json"));

    Evaluation evaluation =
        new Evaluator(new PhraseExtractor(), GAZETTEER::find)
            .evaluate(gold, SAMPLE.resolve("sample-corpus"));

    // en-gab.md: the-base, twitter, gab (through its surface form Gab) found; vk, mail-ru-group
    // missed
    // ar-tamtam.txt: all three found
    assertThat(evaluation.mentions()).isEqualTo(new Metrics(6, 0, 2));
    assertThat(evaluation.relations()).isEqualTo(new Metrics(2, 1, 2));
    assertThat(evaluation.spurious())
        .singleElement()
        .satisfies(
            spurious -> {
              assertThat(spurious.relation())
                  .isEqualTo(new FactKey("BANNED_BY", "the-base", "tamtam"));
              assertThat(spurious.sentence()).startsWith("After Twitter suspended");
            });
    assertThat(evaluation.from()).isEqualTo(new Accuracy(1, 2));
    assertThat(evaluation.dates()).isEqualTo(new Accuracy(1, 2));
    assertThat(evaluation.problems()).isEmpty();
  }

  @Test
  void filesTheReaderRejectsAndGoldDocumentsNotInTheCorpusAreProblems() throws IOException {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Files.copy(SAMPLE.resolve("sample-corpus/ar-tamtam.txt"), corpus.resolve("ar-tamtam.txt"));
    Files.writeString(corpus.resolve("blank.txt"), "   \n");
    GoldFile gold = GoldFile.load(SAMPLE.resolve("sample-gold.json"));

    Evaluation evaluation =
        new Evaluator(new PhraseExtractor(), GAZETTEER::find).evaluate(gold, corpus);

    assertThat(evaluation.problems()).hasSize(2);
    assertThat(evaluation.problems().get(0)).contains("en-gab.md", "not among the articles read");
    assertThat(evaluation.problems().get(1)).startsWith("not read: blank.txt");
  }

  @Test
  void aCorpusThatIsNotAFolderIsAnError() {
    GoldFile gold = GoldFile.load(SAMPLE.resolve("sample-gold.json"));
    Path missing = dir.resolve("nowhere");

    assertThatThrownBy(
            () -> new Evaluator(new PhraseExtractor(), GAZETTEER::find).evaluate(gold, missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(missing + ": not a corpus folder");
  }
}
