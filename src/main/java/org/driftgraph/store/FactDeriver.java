package org.driftgraph.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.driftgraph.model.RelationType;

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
  private final String markPending = CypherScripts.statement("facts/mark-pending.cypher");
  private final String pending = CypherScripts.statement("facts/pending.cypher");
  private final String clearPending = CypherScripts.statement("facts/clear-pending.cypher");

  /** Re-derives the facts of these subjects, then DISPLACED_TO. */
  void derive(CypherTransaction tx, Collection<String> subjectIds) {
    deriveSubjects(tx, subjectIds);
    deriveDisplaced(tx);
  }

  /**
   * Re-derives the facts of these subjects only. DISPLACED_TO, which is read from every MIGRATED_TO
   * in the graph, is left for {@link #deriveDisplaced}.
   */
  void deriveSubjects(CypherTransaction tx, Collection<String> subjectIds) {
    if (!subjectIds.isEmpty()) {
      Map<String, Object> parameters =
          Map.of("subjectIds", List.copyOf(subjectIds), "types", TYPES);
      tx.run(removeUnsupported, parameters);
      tx.run(derive, parameters);
    }
  }

  /** Rebuilds DISPLACED_TO from the MIGRATED_TO facts of the whole graph. */
  void deriveDisplaced(CypherTransaction tx) {
    for (String statement : displaced) {
      tx.run(statement);
    }
  }

  /** Marks these subjects as having facts to derive later ({@link #pendingSubjects}). */
  void markPending(CypherTransaction tx, Collection<String> subjectIds) {
    if (!subjectIds.isEmpty()) {
      tx.run(markPending, Map.of("subjectIds", List.copyOf(subjectIds)));
    }
  }

  /** The subjects marked by {@link #markPending}, in id order. */
  List<String> pendingSubjects(CypherTransaction tx) {
    return ids(tx.rows(pending, Map.of()));
  }

  /** Derives the facts of these marked subjects and removes their mark. */
  void derivePending(CypherTransaction tx, Collection<String> subjectIds) {
    deriveSubjects(tx, subjectIds);
    if (!subjectIds.isEmpty()) {
      tx.run(clearPending, Map.of("subjectIds", List.copyOf(subjectIds)));
    }
  }

  /** Every entity that has claims or facts as a subject. */
  List<String> allSubjects(CypherTransaction tx) {
    return ids(tx.rows(subjects, Map.of("types", TYPES)));
  }

  private static List<String> ids(List<Map<String, Object>> rows) {
    return rows.stream().map(row -> (String) row.get("id")).toList();
  }
}
