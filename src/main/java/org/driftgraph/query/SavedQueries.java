package org.driftgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads saved queries from the classpath, where the build packages the top-level {@code
 * cypher/queries}.
 */
public final class SavedQueries {
  private static final Pattern HEADER =
      Pattern.compile("^//\\s*(name|description|param):\\s*(.*)$");
  private static final Pattern PARAM = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*(.*)");

  private static final String FOLDER = "/cypher/queries";
  private static final String SUFFIX = ".cypher";

  private SavedQueries() {}

  /**
   * Every saved query on the classpath, sorted by name: from {@code target/classes} in a build,
   * from the jar when installed. A file that does not parse is an error naming it.
   */
  public static List<SavedQuery> list() {
    URL folder = SavedQueries.class.getResource(FOLDER);
    if (folder == null) {
      throw new IllegalStateException(
          "no " + FOLDER + " on the classpath: the build packages the top-level cypher/ folder");
    }
    return list(folder);
  }

  /** The saved queries in a classpath folder, given as a {@code file:} or {@code jar:} URL. */
  static List<SavedQuery> list(URL folder) {
    try {
      URI uri = folder.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return list(Path.of(uri));
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return list(jar.provider().getPath(uri));
      } catch (FileSystemAlreadyExistsException e) {
        // Someone else in this JVM holds the jar open: read through theirs, and leave it open.
        return list(FileSystems.getFileSystem(uri).provider().getPath(uri));
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list " + folder + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static List<SavedQuery> list(Path folder) throws IOException {
    List<SavedQuery> queries = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
        String fileName = file.getFileName().toString();
        SavedQuery query = parse(fileName, Files.readString(file, StandardCharsets.UTF_8));
        // load(NAME) finds a query by its file name, so the header must say the same.
        if (!fileName.equals(query.name() + SUFFIX)) {
          throw new IllegalArgumentException(
              fileName
                  + ": the header names the query '"
                  + query.name()
                  + "', the file name says '"
                  + fileName.substring(0, fileName.length() - SUFFIX.length())
                  + "'");
        }
        queries.add(query);
      }
    }
    return queries;
  }

  /** Loads {@code cypher/queries/NAME.cypher}; an unknown name is an error that names it. */
  public static SavedQuery load(String name) {
    String resource = FOLDER + "/" + name + SUFFIX;
    try (InputStream in = SavedQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no saved query named '" + name + "' (" + resource + ")");
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
          fileName
              + ":"
              + line
              + ": a parameter reads 'NAME TYPE DEFAULT|- DESCRIPTION', not '"
              + value
              + "'");
    }
    String defaultValue = matcher.group(3).equals("-") ? null : matcher.group(3);
    try {
      return new QueryParameter(matcher.group(1), matcher.group(2), defaultValue, matcher.group(4));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(fileName + ":" + line + ": " + e.getMessage(), e);
    }
  }
}
