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
  void blankTextHasNoSentences() {
    assertThat(splitter.split(" \n \n", "other")).isEmpty();
    assertThat(splitter.split("", "en")).isEmpty();
  }
}
