package org.driftgraph.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.driftgraph.model.DatePrecision;
import org.junit.jupiter.api.Test;

class DateContractsTest {
  private final DateFinder finder = new DateFinder();

  @Test
  void aPublishedDateThatIsNotIsoIsRejectedByName() {
    assertThatThrownBy(() -> finder.find("أمس", "ar", "30/11/2019"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'30/11/2019'");
  }

  @Test
  void aPartialPublishedDateAnchorsWhatItCanAndSkipsTheRest() {
    List<DateMention> found = finder.find("قال أمس إن الحملة بدأت الشهر الماضي.", "ar", "2019-12");

    assertThat(found)
        .extracting(DateMention::surface, DateMention::iso, DateMention::precision)
        .containsExactly(tuple("الشهر الماضي", "2019-11", DatePrecision.MONTH));
  }

  @Test
  void mentionsAreSortedAndDoNotOverlap() {
    String text =
        "السبت 30 نوفمبر 2019 عند الساعة 17:55 بتوقيت غرينيتش، وفي اليوم التالي، ثم في ديسمبر 2019.";

    List<DateMention> found = finder.find(text, "ar", null);

    assertThat(found).hasSize(4);
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    }
    assertThat(found.get(0).surface()).isEqualTo("السبت 30 نوفمبر 2019");
  }

  @Test
  void aMentionChecksItsIsoDateAgainstItsPrecision() {
    assertThatThrownBy(() -> new DateMention(0, 4, "2017", "2017", DatePrecision.DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("precision day");
    assertThatThrownBy(() -> new DateMention(0, 4, "2017", "30/11", DatePrecision.DAY))
        .hasMessageContaining("no ISO date");
    assertThat(new DateMention(0, 9, "خريف 2017", "2017-09", DatePrecision.SEASON).iso())
        .isEqualTo("2017-09");
  }

  @Test
  void theShippedWordsLoad() {
    DateWords words = DateWords.standard();

    assertThat(words.months.meaning("تشرين الثاني")).contains(11);
    assertThat(words.months.meaning("إبريل")).contains(4);
    assertThat(words.ordinalDays.meaning("الحادي و العشرين")).contains(21);
  }

  @Test
  void aWordsFileOfTheWrongFormatIsRejectedByName() {
    assertThatThrownBy(() -> read("{\"format\": \"other\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test-words.json: format must be");
  }

  @Test
  void aPhraseWithTwoMeaningsIsRejected() throws IOException {
    String shipped;
    try (InputStream in = DateWords.class.getResourceAsStream(DateWords.RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String broken = shipped.replace("\"2\": [\"فبراير\"", "\"2\": [\"نوفمبر\", \"فبراير\"");

    assertThatThrownBy(() -> read(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test-words.json months")
        .hasMessageContaining("two meanings");
  }

  @Test
  void aDayCliticThatIsNoConjunctionNorPrepositionIsRejectedByName() throws IOException {
    String shipped;
    try (InputStream in = DateWords.class.getResourceAsStream(DateWords.RESOURCE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String broken =
        shipped.replace("\"beforeDay\": [\"و\", \"ب\", \"ل\"]", "\"beforeDay\": [\"ك\"]");

    assertThat(broken).isNotEqualTo(shipped);
    assertThatThrownBy(() -> read(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("test-words.json: clitics: beforeDay 'ك'");
  }

  private static DateWords read(String json) throws IOException {
    return DateWords.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test-words.json");
  }
}
