package org.driftgraph.ingest;

/**
 * Text decoded from bytes.
 *
 * @param encoding the encoding that was assumed, as recorded in {@code Article.encoding}: "UTF-8",
 *     "UTF-8 (BOM)", "UTF-16LE (BOM)", "windows-1256", ...
 */
public record DecodedText(String text, String encoding) {
  public DecodedText {
    if (text == null || encoding == null || encoding.isBlank()) {
      throw new IllegalArgumentException("decoded text needs text and an encoding name");
    }
  }
}
