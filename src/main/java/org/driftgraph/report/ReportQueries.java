package org.driftgraph.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;

/**
 * The report's own bounded queries, {@code cypher/report/}: the saved queries of {@code
 * cypher/queries/} list everything (for {@code query NAME} and Bloom); these return the first rows
 * of the same lists with their totals, so that a report reads the same at any store size.
 */
final class ReportQueries {
  private static final String FOLDER = "/cypher/report/";

  private ReportQueries() {}

  static SavedQuery load(String name) {
    String resource = FOLDER + name + ".cypher";
    try (InputStream in = ReportQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no report query named '" + name + "' (" + resource + ")");
      }
      return SavedQueries.parse(
          name + ".cypher", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
