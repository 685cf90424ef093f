package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArabicRomanizationTest {
  @Test
  void listedWordsTakeThePressSpellingAndTheArticleIsWrittenAlHyphen() {
    assertThat(ArabicRomanization.romanize("أحمد يوسف الحلبي"))
        .isEqualTo("Ahmed Youssef al-Halabi");
  }

  @Test
  void abdAndItsComplementAreOneNameWrittenApartOrJoined() {
    assertThat(ArabicRomanization.romanize("عبد الرحمن")).isEqualTo("Abdel Rahman");
    assertThat(ArabicRomanization.romanize("عبدالرحمن")).isEqualTo("Abdel Rahman");
    assertThat(ArabicRomanization.romanize("عبد الله")).isEqualTo("Abdullah");
    assertThat(ArabicRomanization.romanize("عبدالله")).isEqualTo("Abdullah");
    assertThat(ArabicRomanization.romanize("عبد الغفور")).isEqualTo("Abdel Ghafour");
  }

  @Test
  void kunyasParticlesAndNamesEndingInAllah() {
    assertThat(ArabicRomanization.romanize("أبو عمر بن سالم")).isEqualTo("Abu Omar bin Salem");
    assertThat(ArabicRomanization.romanize("أبي عمر")).isEqualTo("Abu Omar");
    assertThat(ArabicRomanization.romanize("نصر الله")).isEqualTo("Nasrallah");
  }

  @Test
  void anUnlistedWordIsSpelledWithItsLongVowelsAndAShortAWhereOneIsNeeded() {
    assertThat(ArabicRomanization.spelled("زرقاني")).isEqualTo("zarqani");
    assertThat(ArabicRomanization.spelled("شهد")).isEqualTo("shahad");
    assertThat(ArabicRomanization.spelled("غفور")).isEqualTo("ghafour");
    assertThat(ArabicRomanization.spelled("وداد")).isEqualTo("wadad");
  }

  @Test
  void harakatAndTatweelDoNotChangeTheSpelling() {
    assertThat(ArabicRomanization.romanize("مُحَمَّد عـلي")).isEqualTo("Mohammed Ali");
  }

  @Test
  void aDiscoveredArabicPersonGetsTheSlugOfItsEnglishSpellingAndOtherNamesKeepTheirs() {
    assertThat(EntityIds.idFor("عمر خالد الشامي", true, Set.of()))
        .isEqualTo("omar-khaled-al-shami");
    assertThat(EntityIds.idFor("عمر خالد الشامي", true, Set.of("omar-khaled-al-shami")))
        .isEqualTo("omar-khaled-al-shami-2");
    assertThat(EntityIds.idFor("نداء الحق", false, Set.of())).isEqualTo("nda-alhq");
    assertThat(EntityIds.idFor("Omar Khaled", true, Set.of())).isEqualTo("omar-khaled");
  }
}
