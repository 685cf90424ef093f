package org.driftgraph.store.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the export queries packaged from {@code cypher/export/} onto the classpath. */
final class ExportQueries {

  private ExportQueries() {}

  /** The text of {@code /cypher/export/<name>}, e.g. {@code load("entities.cypher")}. */
  static String load(String name) {
    String resource = "/cypher/export/" + name;
    try (InputStream in = ExportQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Cypher script " + resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Cypher script " + resource, e);
    }
  }
}
