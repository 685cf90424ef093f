package org.driftgraph.text.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Article;
import org.driftgraph.testing.CorpusArticles;
import org.junit.jupiter.api.Test;

/**
 * The date rules placed by their literals ({@link RuleLiterals}) read exactly what they read when
 * tried at every start around their triggers: on every article of the development corpora and the
 * seeds, and on written dates of every shape, the grammar gives the same candidates with the
 * literals as with none; and no match of a placed rule starts where its literals say it cannot.
 */
class DatePrefilterTest {

  /** Dates of every kind the rules read, each with text around it. */
  private static final List<String> WRITTEN =
      List.of(
          "On 2019-11-30T10:15:00+03:00 and 2019/11/30, then 30/11/2019 and 11.30.2019.",
          "Posted Saturday, November 30, 2019 at 10:15 GMT; also 30th November 2019 and Nov. 30.",
          "From 3 to 5 March 2020, or March 3-5, 2020, in spring 2021 and last summer.",
          "Two weeks ago, last Friday, next month, three days later, in 2018 and late 2017.",
          "نشرت يوم السبت 30 نوفمبر 2019 الساعة 10:15 بتوقيت غرينتش وفي 30/11/2019.",
          "في الحادي والعشرين من تشرين الثاني/نوفمبر 2019 وبين 3 و5 آذار 2020 وفي ربيع 2021.",
          "قبل أسبوعين، والجمعة الماضية، والشهر المقبل، وبعد ثلاثة أيام، ومطلع العام الماضي.",
          "كوفيد-19 وإف-16 و1440 هـ و٢٠١٩/١١/٣٠ و30 ـ 11 ـ 2019 وفي عام 2019م.");

  private final DateGrammar grammar = new DateGrammar(DateWords.standard());
  private final RuleLiterals none = new RuleLiterals(List.of());

  @Test
  void theRulesReadTheSameWithTheirLiteralsAsWithout() {
    List<String> texts = new ArrayList<>(WRITTEN);
    List<String> languages = new ArrayList<>();
    WRITTEN.forEach(t -> languages.add(Scan.isLatin(t) ? "en" : "ar"));
    for (Article article :
        CorpusArticles.read(
            CorpusArticles.DEVELOPMENT_CORPORA.stream().filter(Files::isDirectory).toList())) {
      texts.add(article.text());
      languages.add(article.language());
    }
    assertTrue(texts.size() > 100, "the development corpora are read: " + texts.size());
    int read = 0;
    for (int i = 0; i < texts.size(); i++) {
      List<Candidate> placed = grammar.read(grammar.scan(texts.get(i), languages.get(i)));
      List<Candidate> everywhere = grammar.read(new Scan(texts.get(i), languages.get(i), none));
      assertEquals(everywhere, placed, "text " + i + ": " + texts.get(i));
      read += placed.size();
    }
    assertTrue(read > 1000, "dates are read: " + read);
  }

  @Test
  void everyRuleWithAWordIsPlacedByItsLiterals() {
    RuleLiterals literals = grammar.literals();
    List<Pattern> rules = grammar.rules();
    List<Integer> unplaced = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      if (!literals.placed(rules.get(i))) {
        unplaced.add(i);
      }
    }
    // Only the rules whose fixed text is digits alone (ISO and numeric dates, years, clock times)
    // have no literal: every string of two digits would be one. They stay tried around their
    // digit triggers.
    assertEquals(List.of(0, 1, 8, 15), unplaced, "rules tried wherever their trigger is");
  }

  @Test
  void everyTriggerOfWordsIsPlacedByItsLiterals() {
    RuleLiterals literals = grammar.literals();
    for (Pattern trigger : grammar.triggers()) {
      boolean digitsOnly = trigger.pattern().matches("\\\\d(\\{\\d+\\})?");
      assertEquals(!digitsOnly, literals.placed(trigger), trigger.pattern());
    }
  }

  @Test
  void noMatchOfARuleOrTriggerStartsWhereTheLiteralsRuleItOut() {
    RuleLiterals literals = grammar.literals();
    for (String text : WRITTEN) {
      Scan scan = grammar.scan(text, Scan.isLatin(text) ? "en" : "ar");
      String s = scan.normalized();
      RuleLiterals.Starts starts = literals.starts(s);
      List<Pattern> placed = new ArrayList<>(grammar.rules());
      placed.addAll(grammar.triggers());
      for (Pattern rule : placed) {
        Matcher m = rule.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start = 0; start < s.length(); start++) {
          m.region(start, s.length());
          if (m.lookingAt()) {
            assertEquals(start, starts.next(rule, start), rule + " at " + start + " in " + s);
          }
        }
      }
    }
  }
}
