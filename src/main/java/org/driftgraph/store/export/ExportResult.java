package org.driftgraph.store.export;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an export wrote.
 *
 * @param target the directory (CSV) or file (GraphML) written
 * @param counts rows per written file for CSV (e.g. {@code entities.csv -> 42}); {@code nodes} and
 *     {@code edges} for GraphML
 */
public record ExportResult(Path target, SortedMap<String, Long> counts) {

  public ExportResult {
    Objects.requireNonNull(target, "export target");
    counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }

  /** Sum of all counts. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
