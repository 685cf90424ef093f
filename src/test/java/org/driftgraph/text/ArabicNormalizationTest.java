package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizationTest {

  @Test
  void tatweelIsDroppedAndOffsetsPointBack() {
    NormalizedText text = ArabicNormalization.normalize("أحمــد صبـري");

    assertThat(text.normalized()).isEqualTo("احمد صبري");
    assertThat(text.toOriginal()).containsExactly(0, 1, 2, 5, 6, 7, 8, 10, 11);
    assertThat(text.originalText(5, 9)).isEqualTo("صبـري");
  }

  @Test
  void diacriticsAreDroppedButStayInsideTheSpanOfTheirLetter() {
    NormalizedText text = ArabicNormalization.normalize("مثل رَيات و روكِت شات");

    assertThat(text.normalized()).isEqualTo("مثل ريات و روكت شات");
    int start = text.normalized().indexOf("روكت");
    assertThat(text.originalText(start, start + 4)).isEqualTo("روكِت");
    assertThat(text.originalText(4, 8)).isEqualTo("رَيات");
  }

  @Test
  void hamzaFormsOfAlefFoldToAlefAndMapBackExactly() {
    String original = "لإريك وأودنوكلاسنيكي وآكي";
    NormalizedText text = ArabicNormalization.normalize(original);

    assertThat(text.normalized()).isEqualTo("لاريك واودنوكلاسنيكي واكي");
    int start = text.normalized().indexOf("اكي");
    assertThat(text.originalStart(start)).isEqualTo(original.indexOf("آكي"));
    assertThat(text.originalText(1, 5)).isEqualTo("إريك");
  }

  @Test
  void tehMarbutaAlefMaksuraAndPersianLettersFold() {
    assertThat(ArabicNormalization.normalize("الإسلامية").normalized()).isEqualTo("الاسلاميه");
    assertThat(ArabicNormalization.normalize("أودنوكلاسنيكى").normalized())
        .isEqualTo("اودنوكلاسنيكي");
    assertThat(ArabicNormalization.normalize("تلگرام کی ڤايبر").normalized())
        .isEqualTo("تلكرام كي فايبر");
  }

  @Test
  void latinIsLowercasedAndTypographicVariantsAgree() {
    assertThat(ArabicNormalization.normalize("Al‑Qaeda  and  al—Qaeda").normalized())
        .isEqualTo("al qaeda and al qaeda");
    assertThat(ArabicNormalization.normalize("Kata’ib").normalized()).isEqualTo("kata'ib");
    assertThat(ArabicNormalization.normalize("Génération").normalized()).isEqualTo("generation");
    assertThat(ArabicNormalization.normalizeKeepingCase("ISIS-K").normalized()).isEqualTo("ISIS K");
  }

  @Test
  void lineBreaksSurviveAndZeroWidthCharactersAreDropped() {
    NormalizedText text = ArabicNormalization.normalize("تام\u200C تام\nTam");

    assertThat(text.normalized()).isEqualTo("تام تام\ntam");
    assertThat(text.originalStart(8)).isEqualTo(9);
  }

  @Test
  void aLigatureExpandsToTwoLettersThatMapToTheSameCharacter() {
    NormalizedText text = ArabicNormalization.normalize("ب\uFEFB");

    assertThat(text.normalized()).isEqualTo("بلا");
    assertThat(text.toOriginal()).containsExactly(0, 1, 1);
    assertThat(text.originalText(1, 3)).isEqualTo("\uFEFB");
  }

  @Test
  void easternDigitsBecomeAsciiDigits() {
    assertThat(ArabicNormalization.normalize("فرانس ٢٤").normalized()).isEqualTo("فرانس 24");
  }
}
