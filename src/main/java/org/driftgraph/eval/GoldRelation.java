package org.driftgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * One relation a gold document states (or, in {@code optional_relations}, may state).
 *
 * @param evidence the words of the article that state it, as the annotator quoted them; null only
 *     for optional relations, which need not quote
 * @param from for MIGRATED_TO, the platforms left; empty when the gold does not say
 * @param date partial ISO date of what the relation states, or null when the gold gives none
 */
public record GoldRelation(
    String type, String subject, String object, String evidence, List<String> from, String date) {

  public GoldRelation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    from = List.copyOf(from == null ? List.of() : from);
  }

  /** The fact this relation is: what predictions are compared on. */
  public FactKey key() {
    return new FactKey(type, subject, object);
  }
}
