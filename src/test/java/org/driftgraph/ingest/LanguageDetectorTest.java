package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void arabicWithLatinNamesIsArabic() {
    assertThat(
            LanguageDetector.detect("انتقل أنصار التنظيم من Telegram إلى TamTam بعد حملة Europol"))
        .isEqualTo("ar");
  }

  @Test
  void englishProseIsEnglish() {
    assertThat(
            LanguageDetector.detect(
                "The messaging service said it had removed thousands of accounts after the police "
                    + "operation, and that it would continue to work with the agency."))
        .isEqualTo("en");
  }

  @Test
  void englishQuotingAnArabicNameStaysEnglish() {
    assertThat(
            LanguageDetector.detect(
                "The channel, called ناشر in Arabic, was moved to another app by its operators in the "
                    + "week after the takedown, according to the researchers who follow it."))
        .isEqualTo("en");
  }

  @Test
  void otherLatinLanguagesAreOther() {
    assertThat(
            LanguageDetector.detect(
                "Der Messenger-Dienst hat nach der Aktion der Polizei tausende Konten gelöscht und "
                    + "arbeitet weiter mit den Behörden zusammen, sagte ein Sprecher."))
        .isEqualTo("other");
  }

  @Test
  void textWithoutLettersIsOther() {
    assertThat(LanguageDetector.detect("2019-12-08 17:55 -- 1,100")).isEqualTo("other");
  }

  @Test
  void cyrillicIsOther() {
    assertThat(LanguageDetector.detect("Мессенджер ТамТам заблокировал каналы")).isEqualTo("other");
  }
}
