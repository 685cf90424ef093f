package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String ARABIC =
      "أعلنت الشركة اليوم عن إطلاق تطبيق جديد للمراسلة الفورية، وقال المتحدث باسمها إن الخدمة "
          + "ستتيح للمستخدمين إنشاء قنوات عامة ومجموعات كبيرة خلال الأسابيع المقبلة.";
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  private final TextDecoder decoder = new TextDecoder();

  @Test
  void plainUtf8() throws Exception {
    DecodedText decoded = decoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded).isEqualTo(new DecodedText(ARABIC, "UTF-8"));
  }

  @Test
  void utf8WithByteOrderMarkLosesTheMark() throws Exception {
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            ARABIC.getBytes(StandardCharsets.UTF_8));

    assertThat(decoder.decode(bytes)).isEqualTo(new DecodedText(ARABIC, "UTF-8 (BOM)"));
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() throws Exception {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));

    assertThat(decoder.decode(bytes)).isEqualTo(new DecodedText(ARABIC, "UTF-16LE (BOM)"));
  }

  @Test
  void utf16BigEndianWithByteOrderMark() throws Exception {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));

    assertThat(decoder.decode(bytes)).isEqualTo(new DecodedText(ARABIC, "UTF-16BE (BOM)"));
  }

  @Test
  void arabicInWindows1256() throws Exception {
    assertThat(decoder.decode(ARABIC.getBytes(WINDOWS_1256)))
        .isEqualTo(new DecodedText(ARABIC, "windows-1256"));
  }

  @Test
  void shortArabicInWindows1256StillRecognised() throws Exception {
    String headline = "تطبيق جديد للمراسلة";

    assertThat(decoder.decode(headline.getBytes(WINDOWS_1256)))
        .isEqualTo(new DecodedText(headline, "windows-1256"));
  }

  @Test
  void latin1TextIsNotMistakenForArabic() throws Exception {
    String french =
        "Le réseau a supprimé des milliers de comptes liés à l'organisation, a déclaré la société.";

    DecodedText decoded = decoder.decode(french.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(decoded.text()).isEqualTo(french);
    assertThat(decoded.encoding()).isNotEqualTo("windows-1256");
  }

  @Test
  void htmlMetaCharsetIsHonouredWhenBytesAreNotUtf8() throws Exception {
    String html =
        "<html><head><meta charset=\"windows-1256\"></head><body><p>"
            + ARABIC
            + "</p></body></html>";

    assertThat(decoder.decodeHtml(html.getBytes(WINDOWS_1256)))
        .isEqualTo(new DecodedText(html, "windows-1256"));
  }

  @Test
  void utf8BeatsAWrongMetaCharset() throws Exception {
    String html =
        "<html><head><meta charset=\"windows-1256\"></head><body>" + ARABIC + "</body></html>";

    assertThat(decoder.decodeHtml(html.getBytes(StandardCharsets.UTF_8)).encoding())
        .isEqualTo("UTF-8");
  }

  @Test
  void binaryIsRejected() {
    byte[] bytes = new byte[512];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 % 256);
    }

    assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(IngestException.class);
  }

  @Test
  void byteOrderMarkFollowedByInvalidBytesIsRejected() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, (byte) 0x28};

    assertThatThrownBy(() -> decoder.decode(bytes))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("UTF-8 (BOM)");
  }

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }
}
