package org.driftgraph.ingest;

import java.util.regex.Pattern;
import org.driftgraph.model.Article;
import org.driftgraph.model.Digests;

/** Turns decoded text and what the document says about itself into an {@link Article}. */
final class ArticleBuilder {
  private static final int TITLE_MAX = 200;
  private static final int ID_HEX_CHARS = 16;
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");

  private final Boilerplate boilerplate;

  ArticleBuilder(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /**
   * @param sourceKeyWithoutUrl what identifies the document when it has no url: its file, or file
   *     and line for JSON Lines
   */
  Article build(
      DocumentMetadata metadata,
      String text,
      String file,
      String encoding,
      String encodingEvidence,
      String sourceKeyWithoutUrl)
      throws IngestException {
    String cleaned = boilerplate.clean(text);
    if (cleaned.isEmpty()) {
      throw new IngestException("no text left after removing boilerplate");
    }
    String sha256 = Digests.sha256Hex(cleaned);
    String title = metadata.title() != null ? metadata.title() : firstLine(cleaned);
    String language =
        metadata.language() != null ? metadata.language() : LanguageDetector.detect(cleaned);
    String sourceKey = metadata.url() != null ? metadata.url() : sourceKeyWithoutUrl;
    try {
      return new Article(
          sha256.substring(0, ID_HEX_CHARS),
          sourceKey,
          title,
          metadata.url(),
          metadata.published(),
          language,
          metadata.publisher(),
          file,
          sha256,
          encoding,
          encodingEvidence,
          cleaned);
    } catch (IllegalArgumentException e) {
      throw new IngestException(e.getMessage());
    }
  }

  /** The first non-blank line, without a Markdown heading mark, cut to a title's length. */
  private static String firstLine(String cleaned) {
    for (String line : cleaned.split("\n")) {
      String candidate = MARKDOWN_HEADING.matcher(line.strip()).replaceFirst("").strip();
      if (!candidate.isEmpty()) {
        return candidate.length() <= TITLE_MAX ? candidate : cut(candidate);
      }
    }
    throw new IllegalStateException("cleaned text has no non-blank line");
  }

  /**
   * A first line that is a whole paragraph: cut at the last space that keeps it under the limit.
   */
  private static String cut(String line) {
    int space = line.lastIndexOf(' ', TITLE_MAX);
    return (space > TITLE_MAX / 2 ? line.substring(0, space) : line.substring(0, TITLE_MAX))
        .strip();
  }
}
