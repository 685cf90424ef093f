package org.driftgraph.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.driftgraph.model.RelationType;
import org.neo4j.driver.TransactionContext;

/**
 * Rebuilds facts (one relationship per subject, type and object) and DISPLACED_TO from the claims,
 * inside the caller's transaction. The relationship types are the {@link RelationType} names: a
 * claim whose type is not one of them never becomes a relationship type.
 */
final class FactDeriver {
  static final List<String> TYPES = Arrays.stream(RelationType.values()).map(Enum::name).toList();

  private final String removeUnsupported =
      CypherScripts.statement("facts/remove-unsupported.cypher");
  private final String derive = CypherScripts.statement("facts/derive.cypher");
  private final List<String> displaced =
      CypherScripts.statements(CypherScripts.load("facts/displaced.cypher"));
  private final String subjects = CypherScripts.statement("facts/subjects.cypher");

  /** Re-derives the facts of these subjects, then DISPLACED_TO. */
  void derive(TransactionContext tx, Collection<String> subjectIds) {
    if (!subjectIds.isEmpty()) {
      Map<String, Object> parameters =
          Map.of("subjectIds", List.copyOf(subjectIds), "types", TYPES);
      tx.run(removeUnsupported, parameters).consume();
      tx.run(derive, parameters).consume();
    }
    for (String statement : displaced) {
      tx.run(statement).consume();
    }
  }

  /** Every entity that has claims or facts as a subject. */
  List<String> allSubjects(TransactionContext tx) {
    return tx.run(subjects, Map.of("types", TYPES)).list(r -> r.get("id").asString());
  }
}
