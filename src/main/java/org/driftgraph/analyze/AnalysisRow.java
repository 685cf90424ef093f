package org.driftgraph.analyze;

import java.util.Map;

/**
 * A result record as the JSON and CSV outputs write it (also {@code report.json}); people's outputs
 * read the record itself.
 */
public interface AnalysisRow {
  /** Keys in display order; values are strings, numbers, booleans, lists and maps of those. */
  Map<String, Object> toRow();
}
