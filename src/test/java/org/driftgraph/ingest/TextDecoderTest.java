package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
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

    assertThat(decoded).isEqualTo(new DecodedText(ARABIC, "UTF-8", "valid UTF-8"));
  }

  @Test
  void utf8WithByteOrderMarkLosesTheMark() throws Exception {
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            ARABIC.getBytes(StandardCharsets.UTF_8));

    assertThat(decoder.decode(bytes))
        .isEqualTo(new DecodedText(ARABIC, "UTF-8 (BOM)", "byte order mark"));
  }

  @Test
  void utf16LittleEndianWithByteOrderMark() throws Exception {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARABIC.getBytes(StandardCharsets.UTF_16LE));

    assertThat(decoder.decode(bytes))
        .isEqualTo(new DecodedText(ARABIC, "UTF-16LE (BOM)", "byte order mark"));
  }

  @Test
  void utf16BigEndianWithByteOrderMark() throws Exception {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARABIC.getBytes(StandardCharsets.UTF_16BE));

    assertThat(decoder.decode(bytes))
        .isEqualTo(new DecodedText(ARABIC, "UTF-16BE (BOM)", "byte order mark"));
  }

  @Test
  void arabicInWindows1256() throws Exception {
    DecodedText decoded = decoder.decode(ARABIC.getBytes(WINDOWS_1256));

    assertThat(decoded.text()).isEqualTo(ARABIC);
    assertThat(decoded.encoding()).isEqualTo("windows-1256");
    assertThat(decoded.evidence()).contains("start no UTF-8 sequence").contains("Arabic");
  }

  @Test
  void shortArabicInWindows1256StillRecognised() throws Exception {
    String headline = "تطبيق جديد للمراسلة";

    assertThat(decoder.decode(headline.getBytes(WINDOWS_1256)).text()).isEqualTo(headline);
  }

  @Test
  void undeclaredLatin1IsRejectedNotGuessed() {
    String french =
        "Le réseau a supprimé des milliers de comptes liés à l'organisation, a déclaré la société.";

    assertThatThrownBy(() -> decoder.decode(french.getBytes(StandardCharsets.ISO_8859_1)))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("not valid UTF-8: byte 0xE9 at offset 4")
        .hasMessageContaining("nor is it Arabic in windows-1256");
  }

  @Test
  void arabicUtf8CutMidCharacterIsRejectedWithTheOffset() {
    byte[] whole = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 2);
    // The last Arabic letter before the cut lost its second byte.
    assertThat(cut[cut.length - 1] & 0xC0).isEqualTo(0xC0);

    assertThatThrownBy(() -> decoder.decode(cut))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("at offset " + (cut.length - 1))
        .hasMessageContaining("damaged or was cut mid-character");
  }

  @Test
  void utf8WithStrayBytesAppendedIsRejected() {
    byte[] bytes = concat(ARABIC.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, 'x'});

    assertThatThrownBy(() -> decoder.decode(bytes))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining(
            "byte 0xFF at offset " + ARABIC.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void englishUtf8WithAFewBadBytesIsRejected() {
    byte[] bytes =
        "Telegram removed 43,000 channels \u2014 the company said on Monday."
            .getBytes(StandardCharsets.UTF_8);
    bytes[10] = (byte) 0x92;

    assertThatThrownBy(() -> decoder.decode(bytes))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("byte 0x92 at offset 10");
  }

  @Test
  void randomHighBytesAreNeverTakenForText() {
    Random random = new Random(12);
    for (int file = 0; file < 30; file++) {
      byte[] bytes = new byte[200 + random.nextInt(4000)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (0x80 + random.nextInt(0x80));
      }

      assertThatThrownBy(() -> decoder.decode(bytes))
          .as("random file %d", file)
          .isInstanceOf(IngestException.class)
          .hasMessageContaining("not valid UTF-8");
    }
  }

  @Test
  void htmlMetaCharsetIsHonouredWhenBytesAreNotUtf8() throws Exception {
    String html =
        "<html><head><meta charset=\"windows-1256\"></head><body><p>"
            + ARABIC
            + "</p></body></html>";

    assertThat(decoder.decodeHtml(html.getBytes(WINDOWS_1256)))
        .isEqualTo(new DecodedText(html, "windows-1256", "declared by the page's meta charset"));
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
