package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.driftgraph.model.Mention;
import org.junit.jupiter.api.Test;

class InsideLongerNamesTest {
  private static Mention mention(String text, String id, String surface) {
    int start = text.indexOf(surface);
    return new Mention(id, start, start + surface.length(), surface);
  }

  @Test
  void aKnownNameWhoseQuoteGoesOnIsPartOfALongerName() {
    String text =
        "فتحت حسابات لحركة \"درع الشام الأحرار\" قنوات جديدة، وكتب \"Orbit Signal Lab\" تقريرا.";
    List<Mention> known =
        List.of(
            mention(text, "dir-al-sham", "حركة \"درع الشام"), mention(text, "signal", "Signal"));

    assertThat(InsideLongerNames.drop(text, known)).isEmpty();
  }

  @Test
  void aQuotedNameThatEndsWithTheMentionOrAnUnquotedNameIsKept() {
    String text =
        "نشرت وكالة \"ثبات\" الإخبارية على تلغرام الرسمية، وقال \"Signal\" ثم Signal users and Meta's Signal channel's page.";
    List<Mention> known =
        List.of(
            mention(text, "thabat", "وكالة \"ثبات"),
            mention(text, "telegram", "تلغرام"),
            mention(text, "signal", "Signal"),
            new Mention(
                "signal",
                text.indexOf("Signal channel"),
                text.indexOf("Signal channel") + 6,
                "Signal"));

    assertThat(InsideLongerNames.drop(text, known)).containsExactlyElementsOf(known);
  }
}
