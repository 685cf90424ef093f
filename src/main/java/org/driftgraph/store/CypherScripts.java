package org.driftgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Cypher kept in {@code .cypher} files under {@code cypher/}, read from the classpath. */
public final class CypherScripts {
  private CypherScripts() {}

  /** Reads {@code /cypher/<name>}, e.g. {@code load("write/article.cypher")}. */
  public static String load(String name) {
    String resource = "/cypher/" + name;
    try (InputStream in = CypherScripts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no Cypher script " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Cypher script " + resource, e);
    }
  }

  /** Loads a script that must hold exactly one statement and returns it. */
  public static String statement(String name) {
    List<String> statements = statements(load(name));
    if (statements.size() != 1) {
      throw new IllegalArgumentException(
          "Cypher script /cypher/"
              + name
              + " holds "
              + statements.size()
              + " statements, expected one");
    }
    return statements.get(0);
  }

  /**
   * Splits a script into statements: a statement ends with a {@code ;} at the end of a line; lines
   * that start with {@code //} are comments and are dropped.
   */
  public static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("//")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(line, 0, line.lastIndexOf(';'));
        addIfNotBlank(statements, current);
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    addIfNotBlank(statements, current);
    return List.copyOf(statements);
  }

  private static void addIfNotBlank(List<String> statements, StringBuilder text) {
    String statement = text.toString().strip();
    if (!statement.isEmpty()) {
      statements.add(statement);
    }
  }
}
