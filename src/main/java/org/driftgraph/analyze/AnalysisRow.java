package org.driftgraph.analyze;

import java.util.Map;

/** A result row in the shape the JSON output, the CSV output and the reports share. */
public interface AnalysisRow {
  /** Keys in display order; values are strings, numbers, booleans, lists and maps of those. */
  Map<String, Object> toRow();
}
