package org.driftgraph.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Numbers every claim of the report's statements once, in the order the statements section lists
 * them, so that chains, carriers, bans and the timeline can cite their evidence as notes ({@code
 * [12]}) that the statements section spells out (article, date, sentence).
 */
final class EvidenceNotes {
  private final Map<String, Integer> numbers = new HashMap<>();

  /**
   * @param statements rows of the {@code statements} query, each with its evidence
   */
  EvidenceNotes(List<Map<String, Object>> statements) {
    for (Map<String, Object> statement : statements) {
      for (Map<String, Object> evidence : Rows.list(statement, "evidence")) {
        numbers.putIfAbsent(Rows.text(evidence, "claim"), numbers.size() + 1);
      }
    }
  }

  Optional<Integer> number(String claimId) {
    return Optional.ofNullable(numbers.get(claimId));
  }

  /** The note numbers of the claims, in their order; claims without a note are left out. */
  List<Integer> numbers(List<String> claimIds) {
    return claimIds.stream().map(numbers::get).filter(Objects::nonNull).distinct().toList();
  }
}
