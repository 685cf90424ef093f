package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void splitsArabicOnFullStopsAndQuestionMarks() {
    String text = "انتقل التنظيم إلى تام تام. ما هو التطبيق؟ إنه روسي.";

    List<Sentence> sentences = splitter.split(text, "ar");

    assertThat(sentences)
        .extracting(Sentence::text)
        .containsExactly("انتقل التنظيم إلى تام تام.", "ما هو التطبيق؟", "إنه روسي.");
    for (Sentence sentence : sentences) {
      assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
    }
  }

  @Test
  void aLineBreakEndsASentenceAndSpansAreTrimmed() {
    String text = "  عنوان بلا نقطة  \n\nفقرة أولى. فقرة ثانية\nسطر";

    List<Sentence> sentences = splitter.split(text, "ar");

    assertThat(sentences)
        .extracting(Sentence::text)
        .containsExactly("عنوان بلا نقطة", "فقرة أولى.", "فقرة ثانية", "سطر");
    assertThat(sentences.get(0).start()).isEqualTo(2);
    Sentence last = sentences.get(3);
    assertThat(last.end()).isEqualTo(text.length());
    assertThat(text.substring(last.start(), last.end())).isEqualTo("سطر");
  }

  @Test
  void splitsEnglishWithoutBreakingDomainsOrDottedNames() {
    String text = "Mail.Ru Group launched TamTam in 2017. The site ofcs.report said so! Really?";

    assertThat(splitter.split(text, "en"))
        .extracting(Sentence::text)
        .containsExactly(
            "Mail.Ru Group launched TamTam in 2017.", "The site ofcs.report said so!", "Really?");
  }

  @Test
  void aDotBetweenLettersWithoutASpaceDoesNotEndAnArabicSentence() {
    String text =
        "كانت تعرف باسم \"ميل.رو غروب\" قبل حذف صفحتها. وانتقلت إلى archive.today لاحقاً.";

    assertThat(splitter.split(text, "ar"))
        .extracting(Sentence::text)
        .containsExactly(
            "كانت تعرف باسم \"ميل.رو غروب\" قبل حذف صفحتها.", "وانتقلت إلى archive.today لاحقاً.");
  }

  @Test
  void blankTextHasNoSentences() {
    assertThat(splitter.split(" \n \n", "other")).isEmpty();
    assertThat(splitter.split("", "en")).isEmpty();
  }

  @Test
  void textWithoutSentencePunctuationIsCutIntoBoundedSentencesAtSafePoints() {
    String unit = "انتقل أنصار التنظيم من فيسبوك إلى تيليغرام بعد الحظر ";
    String text = unit.repeat(2000).strip();

    List<Sentence> sentences = new SentenceSplitter().split(text, "ar");

    assertThat(sentences).hasSizeGreaterThan(text.length() / SentenceSplitter.MAX_SENTENCE_CHARS);
    int covered = 0;
    for (Sentence sentence : sentences) {
      assertThat(sentence.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_CHARS);
      assertThat(sentence.text()).isEqualTo(text.substring(sentence.start(), sentence.end()));
      // Cut between words, never inside one.
      assertThat(text.charAt(sentence.end() - 1)).isNotEqualTo(' ');
      assertThat(sentence.end() == text.length() || text.charAt(sentence.end()) == ' ').isTrue();
      covered += sentence.text().replace(" ", "").length();
    }
    assertThat(covered).isEqualTo(text.replace(" ", "").length());
  }

  @Test
  void aLongSentenceIsCutAfterAClauseMarkWhenThereIsOne() {
    String clause = "word ".repeat(200) + "and more, ";
    String text = clause.repeat(3) + "end.";

    List<Sentence> sentences = new SentenceSplitter().split(text, "en");

    assertThat(sentences.get(0).text()).endsWith(",");
  }

  @Test
  void countsTheCutsItMakesAndNoneInOrdinaryText() {
    String unit = "supporters moved from Facebook to Telegram after the ban ";
    String oneLine = unit.repeat(200).strip();
    String text = "A headline\n" + oneLine + "\nA normal sentence. Another one.";

    List<Sentence> sentences = splitter.split(text, "en");
    int cuts = splitter.cutsIn(text, "en");

    // The headline and the two last sentences are whole; the long line is one more piece than cuts.
    assertThat(cuts).isEqualTo(sentences.size() - 3 - 1).isGreaterThan(0);
    assertThat(splitter.cutsIn("A normal sentence. Another one.\n" + unit, "en")).isZero();
  }
}
