package org.driftgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a document's bytes, and never makes up text. A byte order mark wins; then strict UTF-8
 * (most of the corpus); then, for HTML, the charset the page declares. The one guess it makes is
 * windows-1256, because older Arabic news sites still serve it: only when the bytes are not damaged
 * UTF-8 (see {@link Utf8Scan#mostlyUtf8()}) and read as windows-1256 they are Arabic prose.
 * Anything else is rejected with the byte offset of the first invalid UTF-8 sequence.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
  private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

  /** A meta charset is declared near the top; browsers also only look at the first 1024 bytes. */
  private static final int META_SNIFF_BYTES = 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * Decoded as windows-1256, Arabic prose is almost all Arabic letters, while Latin-1 text stays
   * Latin (windows-1256 keeps the French accented letters at their Latin-1 positions). Half is a
   * wide margin.
   */
  private static final double ARABIC_SHARE_FOR_1256 = 0.5;

  /**
   * Prose has words: Arabic words average five or six letters. Random high bytes read as
   * windows-1256 are mostly Arabic letters too, but in runs with no spaces.
   */
  private static final double MAX_MEAN_WORD_LENGTH = 16;

  /** Decodes a plain-text document. */
  public DecodedText decode(byte[] bytes) throws IngestException {
    return decode(bytes, false);
  }

  /** Decodes an HTML page: like {@link #decode(byte[])}, but a meta charset beats detection. */
  public DecodedText decodeHtml(byte[] bytes) throws IngestException {
    return decode(bytes, true);
  }

  private DecodedText decode(byte[] bytes, boolean html) throws IngestException {
    if (startsWith(bytes, UTF8_BOM)) {
      return strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8, "UTF-8 (BOM)");
    }
    if (startsWith(bytes, UTF16LE_BOM)) {
      return strict(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
    }
    if (startsWith(bytes, UTF16BE_BOM)) {
      return strict(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
    }
    Utf8Scan scan = Utf8Scan.of(bytes);
    if (scan.valid()) {
      return checked(new String(bytes, StandardCharsets.UTF_8), "UTF-8", "valid UTF-8");
    }
    if (html) {
      Optional<Charset> declared = declaredCharset(bytes);
      if (declared.isPresent()) {
        Optional<String> text = tryStrict(bytes, declared.get());
        if (text.isPresent()) {
          return checked(text.get(), declared.get().name(), "declared by the page's meta charset");
        }
      }
    }
    if (!scan.mostlyUtf8()) {
      String asArabic = new String(bytes, WINDOWS_1256);
      double share = LanguageDetector.arabicShare(asArabic);
      if (share > ARABIC_SHARE_FOR_1256 && readsAsProse(asArabic)) {
        return checked(
            asArabic,
            WINDOWS_1256.name(),
            String.format(
                Locale.ROOT,
                "not UTF-8 (%d bytes start no UTF-8 sequence, %d form one); %.0f%% of its letters"
                    + " are Arabic as windows-1256",
                scan.invalidBytes(),
                scan.multiByteSequences(),
                share * 100));
      }
    }
    throw new IngestException(notUtf8(bytes, scan));
  }

  private static String notUtf8(byte[] bytes, Utf8Scan scan) {
    long at = scan.firstInvalidOffset();
    String reason =
        String.format(
            Locale.ROOT,
            "not valid UTF-8: byte 0x%02X at offset %d does not start a valid sequence",
            bytes[(int) at] & 0xFF,
            at);
    if (scan.mostlyUtf8()) {
      return reason + " (the rest is UTF-8: the file is damaged or was cut mid-character)";
    }
    return reason
        + " (nor is it Arabic in windows-1256; convert it to UTF-8, e.g. iconv -f ENCODING -t"
        + " UTF-8)";
  }

  /** No control characters but line breaks and tabs, and words of a plausible length. */
  private static boolean readsAsProse(String text) {
    int letters = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        return false;
      }
      if (Character.isWhitespace(c)) {
        inWord = false;
      } else {
        letters++;
        if (!inWord) {
          words++;
          inWord = true;
        }
      }
    }
    return words > 0 && (double) letters / words <= MAX_MEAN_WORD_LENGTH;
  }

  /**
   * ISO-8859-6 is read as its superset windows-1256: Arabic sites that declare one often send the
   * other.
   */
  private static boolean isArabicSingleByte(Charset charset) {
    return charset.equals(WINDOWS_1256) || charset.name().equalsIgnoreCase("ISO-8859-6");
  }

  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher matcher = META_CHARSET.matcher(head);
    return matcher.find() ? charset(matcher.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  private static DecodedText strict(byte[] bytes, int offset, Charset charset, String encoding)
      throws IngestException {
    Optional<String> text = tryStrict(Arrays.copyOfRange(bytes, offset, bytes.length), charset);
    if (text.isEmpty()) {
      throw new IngestException(
          "starts with a " + encoding + " byte order mark but is not valid " + charset.name());
    }
    return checked(text.get(), encoding, "byte order mark");
  }

  private static Optional<String> tryStrict(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * NUL never occurs in text: a document that decodes to it is binary, whatever the decoder said.
   */
  private static DecodedText checked(String text, String encoding, String evidence)
      throws IngestException {
    if (text.indexOf('\0') >= 0) {
      throw new IngestException("looks like a binary file, not text (decoded as " + encoding + ")");
    }
    return new DecodedText(text, encoding, evidence);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
