package org.driftgraph.eval;

import java.util.Objects;

/**
 * A relation the gold states and the prediction lacks (missed), or one predicted that the gold does
 * not have (spurious).
 *
 * @param document the gold document's file
 * @param sentence the article's sentence: for a missed relation the one the gold evidence lies in
 *     (the evidence itself when the article does not contain it), for a spurious one the sentence
 *     of its first claim
 * @param evidence for a missed relation the gold's evidence quote, for a spurious one the span of
 *     its first claim
 * @param rule the rule of that first claim; null for a missed relation
 */
public record RelationError(
    String document, FactKey relation, String sentence, String evidence, String rule) {
  public RelationError {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(relation, "relation");
  }
}
