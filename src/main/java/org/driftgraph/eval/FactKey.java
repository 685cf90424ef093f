package org.driftgraph.eval;

import java.util.Comparator;
import java.util.Objects;

/** A fact as the scorer compares it: relation type, subject id, object id. */
public record FactKey(String type, String subject, String object) implements Comparable<FactKey> {
  private static final Comparator<FactKey> ORDER =
      Comparator.comparing(FactKey::type)
          .thenComparing(FactKey::subject)
          .thenComparing(FactKey::object);

  public FactKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
  }

  @Override
  public int compareTo(FactKey other) {
    return ORDER.compare(this, other);
  }

  /** {@code (isis)-[MIGRATED_TO]->(tamtam)}. */
  @Override
  public String toString() {
    return "(" + subject + ")-[" + type + "]->(" + object + ")";
  }
}
