package org.driftgraph.ingest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional {@code ---} block that opens a text or Markdown document:
 *
 * <pre>
 * ---
 * title: "TamTam draws Telegram's exiles"
 * published: 2019-12-08
 * language: en
 * ---
 * </pre>
 *
 * Keys: title, url, published, language, publisher; others are ignored so that files written for
 * static-site generators import unchanged.
 *
 * @param body the document after the block, or all of it when there is no block
 */
record FrontMatter(DocumentMetadata metadata, String body) {
  private static final String FENCE = "---";
  private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)");

  static FrontMatter parse(String text) throws IngestException {
    String[] lines = text.split("\r\n|\r|\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
      return new FrontMatter(DocumentMetadata.NONE, text);
    }
    int closing = 1;
    while (closing < lines.length && !lines[closing].strip().equals(FENCE)) {
      closing++;
    }
    if (closing == lines.length) {
      throw new IngestException(
          "front matter opened with '---' is never closed by a '---' line", 1);
    }
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 1; i < closing; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (!entry.matches()) {
        throw new IngestException(
            "front matter line is not 'key: value': " + abbreviate(line), i + 1);
      }
      String key = entry.group(1).toLowerCase(Locale.ROOT);
      if (values.put(key, unquote(entry.group(2).strip(), i + 1)) != null) {
        throw new IngestException("front matter repeats the key '" + key + "'", i + 1);
      }
      lineOf.put(key, i + 1);
    }
    String body = String.join("\n", Arrays.asList(lines).subList(closing + 1, lines.length));
    return new FrontMatter(metadata(values, lineOf), body);
  }

  private static DocumentMetadata metadata(Map<String, String> values, Map<String, Integer> lineOf)
      throws IngestException {
    return new DocumentMetadata(
        values.get("title"),
        values.get("url"),
        atLine(lineOf.get("published"), () -> DocumentMetadata.published(values.get("published"))),
        atLine(lineOf.get("language"), () -> DocumentMetadata.language(values.get("language"))),
        values.get("publisher"));
  }

  private interface Check {
    String value() throws IngestException;
  }

  /** Runs a check on one key's value, blaming the line that key is on. */
  private static String atLine(Integer line, Check check) throws IngestException {
    try {
      return check.value();
    } catch (IngestException e) {
      throw new IngestException(e.getMessage(), line);
    }
  }

  /** Strips one pair of matching quotes; a value that opens a quote must close it. */
  private static String unquote(String value, int line) throws IngestException {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    if (first != '"' && first != '\'') {
      return value;
    }
    if (value.length() < 2 || value.charAt(value.length() - 1) != first) {
      throw new IngestException(
          "front matter value opens a " + first + " quote but does not close it", line);
    }
    return value.substring(1, value.length() - 1);
  }

  private static String abbreviate(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "...";
  }
}
