package org.driftgraph.extract.discover;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word lists of one entry a line, fields separated by "|", blank lines and "#" comments skipped:
 * the format of {@code collectives.txt} and {@code described-actors.txt}.
 */
final class PipeLists {
  private PipeLists() {}

  /** The entries of the class-path {@code resource}, each its stripped fields. */
  static List<List<String>> entries(String resource) {
    List<List<String>> entries = new ArrayList<>();
    try (InputStream in = PipeLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no word list " + resource + " on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          entries.add(Arrays.stream(line.split("\\|")).map(String::strip).toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
