package org.driftgraph.analyze.gremlin;

import java.util.List;
import java.util.Objects;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;

/**
 * A claim as the analyses read it: its evidence (claim, article, date, sentence), its SUBJECT id,
 * its OBJECT entity and the ids of the platforms it says were left (FROM edges, sorted).
 */
record ClaimRow(Evidence evidence, String subject, EntityRef object, List<String> from) {
  ClaimRow {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    from = List.copyOf(from);
  }

  String date() {
    return evidence.date();
  }
}
