package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.driftgraph.model.Mention;
import org.junit.jupiter.api.Test;

class QuotedShortNamesTest {
  private static Mention mention(String text, String id, String surface) {
    int start = text.indexOf(surface);
    return new Mention(id, start, start + surface.length(), surface);
  }

  @Test
  void aQuotedNameIntroducedWithItsTypeWordStandsForTheEntityWhenQuotedAgain() {
    String text =
        "أعلنت وكالة «صمود» الإخبارية نقل قنواتها. وقالت \"صمود\" إنها باقية، وتحلى الأنصار بالصمود"
            + " وصمود.";
    List<Mention> found =
        QuotedShortNames.find(text, List.of(mention(text, "sumud-agency", "وكالة «صمود")));

    assertThat(found)
        .extracting(Mention::entityId, Mention::surface, Mention::start)
        .containsExactly(tuple("sumud-agency", "صمود", text.indexOf("\"صمود\"") + 1));
  }

  @Test
  void aMentionWithoutAQuotedTailOrAQuotedNameBeforeItIntroducesNothing() {
    String text = "قالت «صمود» إن وكالة صمود و«صمود» باقية. ثم نشرت \"صمود\" بيانا.";
    List<Mention> known = List.of(mention(text, "sumud-agency", "وكالة صمود"));

    assertThat(QuotedShortNames.find(text, known)).isEmpty();
  }

  @Test
  void aQuotedRunLongerThanANameIsNoShortName() {
    String text = "تتبع مؤسسة «صوت الحق المبين اليوم» قنواتها، ثم «صوت الحق المبين اليوم» مجددا.";
    List<Mention> known = List.of(mention(text, "sawt", "مؤسسة «صوت الحق المبين اليوم"));

    assertThat(QuotedShortNames.find(text, known)).isEmpty();
  }
}
