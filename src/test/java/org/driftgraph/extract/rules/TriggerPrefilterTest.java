package org.driftgraph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Article;
import org.driftgraph.testing.CorpusArticles;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.BranchedPattern;
import org.driftgraph.text.LiteralPrefilter;
import org.driftgraph.text.RegexSampler;
import org.driftgraph.text.Sentence;
import org.driftgraph.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The prefilter of the project's rule files (triggers, anaphora, hedge, report and negation cues)
 * never skips a match: for every pattern, on text drawn from the pattern itself and on every
 * sentence of the development corpora, the matches it gives are those of a plain {@code find()}
 * over the same region, and a sentence where the pattern matches is one where it is tried. Since
 * the literals are derived from whatever the rule files hold when the test runs, a pattern a rule
 * author adds is checked too.
 */
class TriggerPrefilterTest {

  /** Samples per pattern: alone, in an Arabic sentence, and between samples of other patterns. */
  private static final int SAMPLES = 300;

  private final RuleSet rules = RuleSet.load(Path.of("import", "rules"));
  private final List<TriggerRule> triggers = rules.triggers();
  private final LiteralPrefilter prefilter = rules.prefilter();

  @Test
  void coversEveryPatternOfTheRules() {
    assertThat(prefilter.size()).isEqualTo(triggers.size() + rules.cues().anaphora().size() + 4);
    assertThat(prefilter.pattern(rules.negationPattern())).isSameAs(rules.cues().negation());
    // the stance phrases of stance-objects.txt, one branch per line
    assertThat(prefilter.pattern(rules.stancePattern()).pattern()).contains("glorif");
    assertThat(prefilter.branched(rules.stancePattern()).branches()).hasSizeGreaterThan(10);
    assertThat(prefilter.pattern(rules.anaphorPattern(0)))
        .isSameAs(rules.cues().anaphora().get(0).pattern());
  }

  @Test
  void findsWhatAPlainSearchFindsInGeneratedText() {
    Random random = new Random(13);
    RegexSampler sampler = new RegexSampler(random);
    int[] matched = new int[prefilter.size()];
    for (int i = 0; i < prefilter.size(); i++) {
      for (int n = 0; n < SAMPLES; n++) {
        String core = sampler.sample(prefilter.pattern(i));
        String other = sampler.sample(prefilter.pattern(random.nextInt(prefilter.size())));
        String text =
            switch (n % 3) {
              case 0 -> core;
              case 1 -> "قالت المصادر إن " + core + " على المنصة";
              default -> other + " and " + core + ", " + other;
            };
        LiteralPrefilter.Hits hits = prefilter.scan(text);
        for (int p = 0; p < prefilter.size(); p++) {
          if (check(hits, p, text, 0, text.length())) {
            matched[p]++;
          }
        }
      }
    }
    for (int i = 0; i < prefilter.size(); i++) {
      assertThat(matched[i]).as("samples that %s matches", name(i)).isPositive();
    }
  }

  /**
   * Each branch (a trigger's pattern, a cue list's entry) is tried apart, only where its literals
   * place it: text drawn from every branch, alone and among other branches' text, gives the whole
   * pattern's matches, whichever branches the prefilter leaves out.
   */
  @Test
  void findsWhatAPlainSearchFindsInTextOfEachBranch() {
    Random random = new Random(29);
    RegexSampler sampler = new RegexSampler(random);
    int branches = 0;
    int matched = 0;
    for (int i = 0; i < prefilter.size(); i++) {
      BranchedPattern pattern = prefilter.branched(i);
      for (int b = 0; b < pattern.branches().size(); b++) {
        branches++;
        Pattern branch = pattern.branch(b);
        Pattern neighbour = pattern.branch(random.nextInt(pattern.branches().size()));
        for (int n = 0; n < SAMPLES / 10; n++) {
          String core = sampler.sample(branch);
          String text =
              switch (n % 3) {
                case 0 -> core;
                case 1 -> sampler.sample(neighbour) + " " + core;
                default -> "قالت المصادر إن " + core + " and " + sampler.sample(neighbour);
              };
          if (check(prefilter.scan(text), i, text, 0, text.length())) {
            matched++;
          }
        }
      }
    }
    assertThat(branches).isGreaterThan(prefilter.size());
    assertThat(matched).isGreaterThan(branches);
  }

  @Test
  void placesALookbehindBranchByTheTextBeforeIt() {
    // A negation entry whose fixed words are all in its lookbehind: "نفت" before the denied words.
    int negation = rules.negationPattern();
    BranchedPattern cues = prefilter.branched(negation);
    int denial = -1;
    for (int b = 0; b < cues.branches().size() && denial < 0; b++) {
      if (cues.branches().get(b).contains("(?<=(?<!\\S)[وف]?(?:نفي|نفت")) {
        denial = b;
      }
    }
    assertThat(denial).as("the denial entry of cues.json").isNotNegative();
    assertThat(prefilter.alwaysTried(negation, denial)).isFalse();
    String text = "وقالت الشركه انها نفت وجود حظر علي القناه";
    int from = text.indexOf("وجود");
    assertThat(check(prefilter.scan(text), negation, text, from, text.length())).isTrue();
  }

  @Test
  void findsWhatAPlainSearchFindsInTheCorpora() {
    int[] matched = new int[prefilter.size()];
    int sentences = 0;
    long tried = 0;
    SentenceSplitter splitter = new SentenceSplitter();
    for (Article article : corpus()) {
      String text = ArabicNormalization.normalize(article.text()).normalized();
      LiteralPrefilter.Hits hits = prefilter.scan(text);
      for (int a = 0; a < rules.cues().anaphora().size(); a++) {
        check(hits, rules.anaphorPattern(a), text, 0, text.length()); // as anaphora are read
      }
      for (Sentence sentence : splitter.split(text, article.language())) {
        sentences++;
        tried += hits.candidates(sentence.start(), sentence.end()).cardinality();
        for (int p = 0; p < prefilter.size(); p++) {
          if (check(hits, p, text, sentence.start(), sentence.end())) {
            matched[p]++;
          }
        }
      }
    }
    assertThat(sentences).isGreaterThan(1000);
    assertThat(java.util.Arrays.stream(matched).sum()).isGreaterThan(1000);
    // The prefilter must also skip: on real text most patterns have no literal in a sentence.
    assertThat((double) tried / sentences).isLessThan(prefilter.size() / 2.0);
  }

  @Test
  void derivesALiteralForEveryTriggerAndAnaphor() {
    // The cue lists (negation above all) hold entries with no fixed text, which are always tried.
    for (int i = 0; i < rules.hedgePattern(); i++) {
      assertThat(prefilter.literals(i))
          .as("literals of %s (else it is always tried: correct, only slower)", name(i))
          .isPresent();
    }
  }

  @Test
  void readsTheListedClassesAsTheRegexEngineDoes() {
    Set<String> checked = new HashSet<>();
    for (int i = 0; i < prefilter.size(); i++) {
      String name = name(i);
      RegexSampler.listedClasses(prefilter.pattern(i))
          .forEach(
              (source, members) -> {
                if (!checked.add(source)) {
                  return;
                }
                Pattern one = Pattern.compile(source);
                for (char c = 0; c < Character.MAX_VALUE; c++) {
                  assertThat(one.matcher(String.valueOf(c)).matches())
                      .as("%s: %s on U+%04X", name, source, (int) c)
                      .isEqualTo(members.contains(c));
                }
              });
    }
  }

  @Test
  void aSentenceWithoutAnyLiteralTriesOnlyWhatIsAlwaysTried() {
    LiteralPrefilter.Hits hits = prefilter.scan("zzz qqq 123");
    BitSet alwaysTried = new BitSet();
    for (int i = 0; i < prefilter.size(); i++) {
      alwaysTried.set(i, prefilter.literals(i).isEmpty());
    }
    assertThat(hits.candidates(0, 11)).isEqualTo(alwaysTried);
    // Every trigger and anaphor has literals; a cue entry without any is tried everywhere.
    assertThat(alwaysTried.previousSetBit(rules.hedgePattern() - 1)).isNegative();
    String text = "Telegram was banned. Nothing here.";
    int ban = indexOf("en-ban-verb");
    assertThat(prefilter.scan(text).candidates(0, 20).get(ban)).isTrue();
    assertThat(prefilter.scan(text).candidates(21, text.length()).get(ban)).isFalse();
    assertThat(prefilter.scan(text).matches(ban, 0, text.length()))
        .extracting(MatchResult::group)
        .containsExactly("banned");
  }

  /**
   * Asserts that the prefilter gives pattern {@code p} the matches of a plain search of {@code
   * [from, to)} and lets it be tried there when it matches; true when it matches.
   */
  private boolean check(LiteralPrefilter.Hits hits, int p, String text, int from, int to) {
    List<String> expected = plainMatches(prefilter.pattern(p), text, from, to);
    List<String> found =
        hits.matches(p, from, to).stream().map(m -> m.start() + "-" + m.end()).toList();
    assertThat(found).as("%s in '%s'", name(p), text.substring(from, to)).isEqualTo(expected);
    if (!expected.isEmpty()) {
      BitSet candidates = hits.candidates(from, to);
      assertThat(candidates.get(p))
          .as("%s matches in '%s' but is skipped", name(p), text.substring(from, to))
          .isTrue();
    }
    return !expected.isEmpty();
  }

  /** As the claim finder searched before the prefilter: the region, seeing the text around it. */
  private static List<String> plainMatches(Pattern pattern, String text, int from, int to) {
    Matcher m = pattern.matcher(text);
    m.region(from, to);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.start() + "-" + m.end());
    }
    return out;
  }

  private String name(int index) {
    if (index < triggers.size()) {
      return triggers.get(index).name();
    }
    int anaphor = index - triggers.size();
    if (anaphor < rules.cues().anaphora().size()) {
      return "anaphor #" + (anaphor + 1);
    }
    return List.of("hedge", "report", "negation", "stance")
        .get(anaphor - rules.cues().anaphora().size());
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
    return CorpusArticles.read(
        CorpusArticles.DEVELOPMENT_CORPORA.stream().filter(Files::isDirectory).toList());
  }
}
