package org.driftgraph.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a document's bytes. A byte order mark wins; then strict UTF-8 (most of the corpus); then,
 * for HTML, the charset the page declares; then ICU's statistical detector, with windows-1256 as
 * the fallback for Arabic, because older Arabic news sites still serve it and short texts fool the
 * detector.
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
   * ICU rates its matches 0-100; below this its guess between single-byte encodings is noise and we
   * would rather reject the file than import mojibake.
   */
  private static final int MIN_DETECTOR_CONFIDENCE = 30;

  /**
   * Decoded as windows-1256, Arabic prose is almost all Arabic letters, while Latin-1 text stays
   * Latin (windows-1256 keeps the French accented letters at their Latin-1 positions). Half is a
   * wide margin.
   */
  private static final double ARABIC_SHARE_FOR_1256 = 0.5;

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
    Optional<String> utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return checked(utf8.get(), "UTF-8");
    }
    if (html) {
      Optional<Charset> declared = declaredCharset(bytes);
      if (declared.isPresent()) {
        Optional<String> text = tryStrict(bytes, declared.get());
        if (text.isPresent()) {
          return checked(text.get(), declared.get().name());
        }
      }
    }
    return detect(bytes);
  }

  private DecodedText detect(byte[] bytes) throws IngestException {
    CharsetMatch best = new CharsetDetector().setText(bytes).detect();
    Optional<Charset> detected = best == null ? Optional.empty() : charset(best.getName());
    if (detected.isPresent() && isArabicSingleByte(detected.get())) {
      return checked(new String(bytes, WINDOWS_1256), WINDOWS_1256.name());
    }
    String asArabic = new String(bytes, WINDOWS_1256);
    if (LanguageDetector.arabicShare(asArabic) > ARABIC_SHARE_FOR_1256) {
      return checked(asArabic, WINDOWS_1256.name());
    }
    if (detected.isPresent() && best.getConfidence() >= MIN_DETECTOR_CONFIDENCE) {
      Optional<String> text = tryStrict(bytes, detected.get());
      if (text.isPresent()) {
        return checked(text.get(), detected.get().name());
      }
    }
    throw new IngestException(
        "not valid UTF-8 and no other encoding could be recognised"
            + (best == null
                ? ""
                : " (best guess " + best.getName() + ", confidence " + best.getConfidence() + ")"));
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
    return checked(text.get(), encoding);
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
  private static DecodedText checked(String text, String encoding) throws IngestException {
    if (text.indexOf('\0') >= 0) {
      throw new IngestException("looks like a binary file, not text (decoded as " + encoding + ")");
    }
    return new DecodedText(text, encoding);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
