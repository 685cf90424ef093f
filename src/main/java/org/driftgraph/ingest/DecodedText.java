package org.driftgraph.ingest;

/**
 * Text decoded from bytes.
 *
 * @param encoding the encoding that was assumed, as recorded in {@code Article.encoding}: "UTF-8",
 *     "UTF-8 (BOM)", "UTF-16LE (BOM)", "windows-1256", ...
 * @param evidence why that encoding: "valid UTF-8", "byte order mark", "declared by the page's meta
 *     charset", or what made the bytes windows-1256 Arabic
 */
public record DecodedText(String text, String encoding, String evidence) {
  public DecodedText {
    if (text == null || encoding == null || encoding.isBlank()) {
      throw new IllegalArgumentException("decoded text needs text and an encoding name");
    }
    if (evidence == null || evidence.isBlank()) {
      throw new IllegalArgumentException("decoded text needs the evidence for its encoding");
    }
  }
}
