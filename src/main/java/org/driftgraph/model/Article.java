package org.driftgraph.model;

import java.util.regex.Pattern;

/**
 * One source document.
 *
 * @param id derived from the content hash, so the same text imported twice is one article
 * @param sourceKey what identifies the document across edits: its url, else its file (and line for
 *     JSON Lines); an article whose text changed replaces the one with the same key
 * @param published ISO date (any precision) or null
 * @param language {@code ar}, {@code en} or {@code other}
 * @param encoding the character encoding that was assumed when decoding the file
 * @param encodingEvidence why that encoding ("valid UTF-8", "byte order mark", what made the bytes
 *     windows-1256 Arabic, ...), or null for an article that was not decoded from bytes (built in
 *     code, as tests and evaluations do)
 */
public record Article(
    String id,
    String sourceKey,
    String title,
    String url,
    String published,
    String language,
    String publisher,
    String file,
    String sha256,
    String encoding,
    String encodingEvidence,
    String text) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public Article {
    Ids.requireText("article id", id);
    Ids.requireText("article source key", sourceKey);
    Ids.requireText("article file", file);
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("article " + file + " has no valid sha256");
    }
    if (published != null && !IsoDates.isPartialIsoDate(published)) {
      throw new IllegalArgumentException(
          "article " + file + ": published '" + published + "' is not an ISO date");
    }
    if (language == null
        || !(language.equals("ar") || language.equals("en") || language.equals("other"))) {
      throw new IllegalArgumentException(
          "article " + file + ": language '" + language + "' is not ar, en or other");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("article " + file + " has no text");
    }
    if (encodingEvidence != null && encodingEvidence.isBlank()) {
      throw new IllegalArgumentException("article " + file + ": encoding evidence is blank");
    }
  }

  /** An article built in code rather than decoded from bytes: no evidence for its encoding. */
  public Article(
      String id,
      String sourceKey,
      String title,
      String url,
      String published,
      String language,
      String publisher,
      String file,
      String sha256,
      String encoding,
      String text) {
    this(
        id, sourceKey, title, url, published, language, publisher, file, sha256, encoding, null,
        text);
  }
}
