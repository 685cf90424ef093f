package org.driftgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one digest the project uses: of an article's text (its {@code sha256}), of a claim's
 * key (its id), of a stored row (its fingerprint) and of a build or rule set (what a report or an
 * article was made from).
 */
public final class Digests {
  private Digests() {}

  /** A new SHA-256 digest, to feed several inputs into one. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The SHA-256 of {@code text} in UTF-8, as 64 lowercase hex digits. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
