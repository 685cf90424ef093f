package org.driftgraph.eval;

import java.util.Objects;

/**
 * A matched relation whose {@code from} or date disagrees with the gold.
 *
 * @param expected what the gold says
 * @param predicted what the claims behind the fact say ("none" when they say nothing)
 */
public record AttributeError(String document, FactKey relation, String expected, String predicted) {
  public AttributeError {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(relation, "relation");
  }
}
