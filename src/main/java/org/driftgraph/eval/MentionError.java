package org.driftgraph.eval;

import java.util.Objects;

/** An entity a document names that was not recognised, or one recognised that it does not name. */
public record MentionError(String document, String entityId) {
  public MentionError {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(entityId, "entityId");
  }
}
