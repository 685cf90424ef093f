package org.driftgraph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.LiteralPrefilter;
import org.driftgraph.text.RegexSampler;
import org.driftgraph.text.Sentence;
import org.driftgraph.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The trigger prefilter of the project's rule files never skips a sentence where a trigger matches:
 * for every trigger pattern, on text drawn from the pattern itself and on every sentence of the
 * development corpora, a match means the prefilter lets the trigger be tried. Since the literals
 * are derived from whatever the rule files hold when the test runs, a pattern added to them is
 * checked too.
 */
class TriggerPrefilterTest {
  private static final List<Path> CORPORA =
      List.of(
          Path.of("import", "articles"),
          Path.of("src/test/resources/heldout/articles"),
          Path.of("src/test/resources/heldout2/articles"),
          Path.of("src/test/resources/dev4/articles"),
          Path.of("src/test/resources/blind3/articles"),
          Path.of("src/test/resources/blind4/articles"),
          Path.of("src/test/resources/blind5/articles"),
          Path.of("src/test/resources/blind6/articles"));

  /** Samples per trigger: alone, and inside words of other triggers' samples. */
  private static final int SAMPLES = 300;

  private final RuleSet rules = RuleSet.load(Path.of("import", "rules"));
  private final List<TriggerRule> triggers = rules.triggers();
  private final LiteralPrefilter prefilter = rules.triggerPrefilter();

  @Test
  void neverSkipsAGeneratedSentenceWhereATriggerMatches() {
    Random random = new Random(13);
    RegexSampler sampler = new RegexSampler(random);
    int[] matched = new int[triggers.size()];
    for (int i = 0; i < triggers.size(); i++) {
      for (int n = 0; n < SAMPLES; n++) {
        String core = sampler.sample(triggers.get(i).pattern());
        String other = sampler.sample(triggers.get(random.nextInt(triggers.size())).pattern());
        String sentence =
            switch (n % 3) {
              case 0 -> core;
              case 1 -> "قالت المصادر إن " + core + " على المنصة";
              default -> other + " and " + core + ", " + other;
            };
        checkWholeText(sentence, matched);
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      assertThat(matched[i])
          .as("samples of %s that it matches", triggers.get(i).name())
          .isPositive();
    }
  }

  @Test
  void neverSkipsACorpusSentenceWhereATriggerMatches() {
    int[] matched = new int[triggers.size()];
    int sentences = 0;
    long tried = 0;
    SentenceSplitter splitter = new SentenceSplitter();
    for (Article article : corpus()) {
      String text = ArabicNormalization.normalize(article.text()).normalized();
      LiteralPrefilter.Hits hits = prefilter.scan(text);
      for (Sentence sentence : splitter.split(text, article.language())) {
        BitSet candidates = hits.candidates(sentence.start(), sentence.end());
        sentences++;
        tried += candidates.cardinality();
        for (int i = 0; i < triggers.size(); i++) {
          if (matchesIn(triggers.get(i).pattern(), text, sentence.start(), sentence.end())) {
            matched[i]++;
            assertThat(candidates.get(i))
                .as("%s matches in '%s' but is skipped", triggers.get(i).name(), sentence.text())
                .isTrue();
          }
        }
      }
    }
    assertThat(sentences).isGreaterThan(1000);
    assertThat(java.util.Arrays.stream(matched).sum()).isGreaterThan(1000);
    // The prefilter must also skip: on real text most triggers are absent from a sentence.
    assertThat((double) tried / sentences).isLessThan(triggers.size() / 2.0);
  }

  @Test
  void derivesALiteralForEveryTriggerOfTheRuleFiles() {
    for (int i = 0; i < triggers.size(); i++) {
      assertThat(prefilter.literals(i))
          .as(
              "literals of %s (else it is always tried: correct, only slower)",
              triggers.get(i).name())
          .isPresent();
    }
  }

  @Test
  void readsTheListedClassesAsTheRegexEngineDoes() {
    java.util.Set<String> checked = new java.util.HashSet<>();
    for (TriggerRule rule : triggers) {
      RegexSampler.listedClasses(rule.pattern())
          .forEach(
              (source, members) -> {
                if (!checked.add(source)) {
                  return;
                }
                Pattern one = Pattern.compile(source);
                for (char c = 0; c < Character.MAX_VALUE; c++) {
                  assertThat(one.matcher(String.valueOf(c)).matches())
                      .as("%s: %s on U+%04X", rule.name(), source, (int) c)
                      .isEqualTo(members.contains(c));
                }
              });
    }
  }

  @Test
  void aSentenceWithoutAnyLiteralTriesNoTrigger() {
    LiteralPrefilter.Hits hits = prefilter.scan("zzz qqq 123");
    assertThat(hits.candidates(0, 11).cardinality()).isZero();
    String text = "Telegram was banned. Nothing here.";
    int ban = indexOf("en-ban-verb");
    assertThat(prefilter.scan(text).candidates(0, 20).get(ban)).isTrue();
    assertThat(prefilter.scan(text).candidates(21, text.length()).get(ban)).isFalse();
  }

  private void checkWholeText(String sentence, int[] matched) {
    BitSet candidates = prefilter.scan(sentence).candidates(0, sentence.length());
    for (int i = 0; i < triggers.size(); i++) {
      if (triggers.get(i).pattern().matcher(sentence).find()) {
        matched[i]++;
        assertThat(candidates.get(i))
            .as("%s matches in '%s' but is skipped", triggers.get(i).name(), sentence)
            .isTrue();
      }
    }
  }

  /** As the claim finder matches: inside the sentence, seeing the text around it. */
  private static boolean matchesIn(Pattern pattern, String text, int start, int end) {
    Matcher m = pattern.matcher(text);
    m.region(start, end);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m.find();
  }

  private int indexOf(String name) {
    for (int i = 0; i < triggers.size(); i++) {
      if (triggers.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static List<Article> corpus() {
    List<Article> articles = new ArrayList<>();
    new CorpusReader(Path.of(""))
        .read(
            CORPORA.stream().filter(Files::isDirectory).toList(),
            new ArticleSink() {
              @Override
              public void article(Article article) {
                articles.add(article);
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new IllegalStateException(rejection.describe());
              }
            });
    return articles;
  }
}
