package org.driftgraph.serve.bloom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cypher of the perspective, kept in {@code cypher/bloom/} and read from the classpath: the
 * leading comment lines document the file and stay out of the perspective; {@code {{key}}} marks
 * where the generator fills in text it derives from the model and the saved queries.
 */
final class BloomCypher {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)}}");
  private static final Pattern NAME = Pattern.compile("^//\\s*name:\\s*(.+)$");

  private BloomCypher() {}

  /** The text of {@code /cypher/bloom/<file>}. */
  static String text(String file) {
    String resource = "/cypher/bloom/" + file;
    try (InputStream in = BloomCypher.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "no "
                + resource
                + " on the classpath: the build packages the top-level cypher/ folder");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The Cypher of a file without its leading comment lines. */
  static String body(String file) {
    String[] lines = text(file).split("\n", -1);
    int first = 0;
    while (first < lines.length
        && (lines[first].isBlank() || lines[first].strip().startsWith("//"))) {
      first++;
    }
    return String.join("\n", java.util.Arrays.copyOfRange(lines, first, lines.length)).strip();
  }

  /** The {@code // name:} header line of a file; a file without one is an error naming it. */
  static String name(String file) {
    for (String line : text(file).split("\n")) {
      Matcher matcher = NAME.matcher(line.strip());
      if (matcher.matches()) {
        return matcher.group(1).strip();
      }
    }
    throw new IllegalStateException("/cypher/bloom/" + file + " has no '// name:' header line");
  }

  /** A file's Cypher with every placeholder filled; a placeholder without a value is an error. */
  static String fill(String file, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(body(file));
    StringBuilder filled = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "/cypher/bloom/" + file + ": no value for {{" + matcher.group(1) + "}}");
      }
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    return matcher.appendTail(filled).toString();
  }

  /** A Cypher list literal of strings from the model (labels, type names), never of data. */
  static String stringList(Iterable<String> values) {
    StringBuilder list = new StringBuilder("[");
    for (String value : values) {
      list.append(list.length() > 1 ? ", " : "")
          .append('\'')
          .append(value.replace("\\", "\\\\").replace("'", "\\'"))
          .append('\'');
    }
    return list.append(']').toString();
  }
}
