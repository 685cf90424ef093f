package org.driftgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.driftgraph.model.Article;
import org.driftgraph.model.Rejection;

/**
 * Reads JSON Lines, one article per line: {@code {"title", "url", "published", "language",
 * "publisher", "text"}}. Line by line, so a corpus dump of any size needs the memory of one line; a
 * bad line is rejected with its number and the others still import. A raw U+FFFD counts as a bad
 * line: it is what bytes that are not valid UTF-8 decode to.
 */
final class JsonLinesReader {
  /**
   * Strict on purpose: a line with two "text" keys or junk after its object is ambiguous, and the
   * other formats would reject the same damage.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final char REPLACEMENT = '\uFFFD';

  private final ArticleBuilder builder;
  private final int maxLineChars;

  JsonLinesReader(ArticleBuilder builder, int maxLineChars) {
    this.builder = builder;
    this.maxLineChars = maxLineChars;
  }

  /** Hands every line's article or rejection to the sink. */
  void read(Path path, String file, ArticleSink sink) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      Encoding encoding = Encoding.sniff(in);
      // Undecodable bytes become U+FFFD instead of failing the whole buffer, so only their line is
      // lost.
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  encoding
                      .charset
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPLACE)
                      .onUnmappableCharacter(CodingErrorAction.REPLACE)));
      BoundedLineReader lines = new BoundedLineReader(reader, maxLineChars);
      boolean anyLine = false;
      for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
        anyLine |= readLine(line, file, encoding, sink);
      }
      if (!anyLine) {
        sink.rejected(new Rejection(file, null, "no article: the file is empty or blank"));
      }
    }
  }

  /** Whether the line held anything: an article or a rejection. */
  private boolean readLine(
      BoundedLineReader.Line line, String file, Encoding encoding, ArticleSink sink) {
    if (line.tooLong()) {
      sink.rejected(
          new Rejection(
              file,
              line.number(),
              String.format(
                  Locale.ROOT,
                  "line is longer than the article size limit of %,d characters"
                      + " (import --max-article-size)",
                  maxLineChars)));
      return true;
    }
    if (line.text().isBlank()) {
      return false;
    }
    if (line.text().indexOf(REPLACEMENT) >= 0) {
      sink.rejected(new Rejection(file, line.number(), "not valid " + encoding.charset.name()));
      return true;
    }
    Article article;
    try {
      article = article(line, file, encoding);
    } catch (IngestException e) {
      sink.rejected(new Rejection(file, line.number(), e.getMessage()));
      return true;
    }
    sink.article(article);
    return true;
  }

  private Article article(BoundedLineReader.Line line, String file, Encoding encoding)
      throws IngestException {
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      throw new IngestException("invalid JSON: " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      throw new IngestException(
          "expected a JSON object, found " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    String text = field(node, "text");
    if (text == null || text.isBlank()) {
      throw new IngestException("no \"text\"");
    }
    DocumentMetadata metadata =
        new DocumentMetadata(
            field(node, "title"),
            field(node, "url"),
            DocumentMetadata.published(field(node, "published")),
            DocumentMetadata.language(field(node, "language")),
            field(node, "publisher"));
    return builder.build(
        metadata, text, file, encoding.name, encoding.evidence(), file + "#L" + line.number());
  }

  /** A string field, or null when absent or JSON null; any other type is an error. */
  private static String field(JsonNode object, String name) throws IngestException {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IngestException(
          "\""
              + name
              + "\" must be a string, not "
              + value.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return checkedText(name, value.textValue());
  }

  /**
   * JSON escapes can spell what no text holds: NUL, and halves of surrogate pairs that Neo4j would
   * store as '?'.
   */
  private static String checkedText(String name, String text) throws IngestException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        throw new IngestException("\"" + name + "\" holds a NUL character at " + i);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IngestException(
            String.format(
                Locale.ROOT, "\"%s\" holds a lone surrogate \\u%04X at %d", name, (int) c, i));
      }
    }
    return text;
  }

  /**
   * JSON is UTF-8 (RFC 8259), but editors on Windows add a byte order mark, sometimes a UTF-16 one.
   */
  private record Encoding(Charset charset, String name) {
    /**
     * Why this encoding, as recorded on each line's article: a line holding invalid bytes never
     * becomes one, so without a byte order mark an article's line was valid UTF-8.
     */
    String evidence() {
      return name.endsWith("(BOM)") ? "byte order mark" : "valid UTF-8";
    }

    static Encoding sniff(InputStream in) throws IOException {
      in.mark(3);
      byte[] head = in.readNBytes(3);
      in.reset();
      if (head.length >= 3
          && (head[0] & 0xFF) == 0xEF
          && (head[1] & 0xFF) == 0xBB
          && (head[2] & 0xFF) == 0xBF) {
        in.skipNBytes(3);
        return new Encoding(StandardCharsets.UTF_8, "UTF-8 (BOM)");
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        in.skipNBytes(2);
        return new Encoding(StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
      }
      if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        in.skipNBytes(2);
        return new Encoding(StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
      }
      return new Encoding(StandardCharsets.UTF_8, "UTF-8");
    }
  }
}
