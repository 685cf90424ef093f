package org.driftgraph.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.driftgraph.model.Article;

/** Generated article text for cost tests: a unit repeated to a length. */
final class Generated {
  private Generated() {}

  static String repeat(String unit, int chars) {
    StringBuilder out = new StringBuilder(chars + unit.length());
    while (out.length() < chars) {
      out.append(unit);
    }
    return out.toString().strip();
  }

  static Article article(String text, String language) {
    String sha;
    try {
      sha =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return new Article(
        sha.substring(0, 16),
        "generated.txt",
        null,
        null,
        "2020-01-01",
        language,
        null,
        "generated.txt",
        sha,
        "UTF-8",
        text);
  }
}
