package org.driftgraph.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads saved queries from the classpath, where the build packages the top-level {@code cypher/queries}. */
public final class SavedQueries {
  private static final Pattern HEADER = Pattern.compile("^//\\s*(name|description|param):\\s*(.*)$");
  private static final Pattern PARAM = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*(.*)");

  private SavedQueries() {}

  /** Loads {@code cypher/queries/NAME.cypher}; an unknown name is an error that names it. */
  public static SavedQuery load(String name) {
    String resource = "/cypher/queries/" + name + ".cypher";
    try (InputStream in = SavedQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no saved query named '" + name + "' (" + resource + ")");
      }
      return parse(name + ".cypher", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Parses a saved query file: header comment lines first, then the Cypher. */
  public static SavedQuery parse(String fileName, String text) {
    String name = null;
    String description = null;
    List<QueryParameter> parameters = new ArrayList<>();
    StringBuilder cypher = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      Matcher header = HEADER.matcher(line);
      if (cypher.length() == 0 && header.matches()) {
        String value = header.group(2).strip();
        switch (header.group(1)) {
          case "name" -> name = value;
          case "description" -> description = value;
          default -> parameters.add(parseParameter(fileName, i + 1, value));
        }
      } else if (!(cypher.length() == 0 && (line.isEmpty() || line.startsWith("//")))) {
        cypher.append(lines[i]).append('\n');
      }
    }
    try {
      return new SavedQuery(name, description, parameters, cypher.toString().strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(fileName + ": " + e.getMessage(), e);
    }
  }

  private static QueryParameter parseParameter(String fileName, int line, String value) {
    Matcher matcher = PARAM.matcher(value);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          fileName + ":" + line + ": a parameter reads 'NAME TYPE DEFAULT|- DESCRIPTION', not '" + value + "'");
    }
    String defaultValue = matcher.group(3).equals("-") ? null : matcher.group(3);
    try {
      return new QueryParameter(matcher.group(1), matcher.group(2), defaultValue, matcher.group(4));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(fileName + ":" + line + ": " + e.getMessage(), e);
    }
  }
}
