package org.driftgraph.analyze.contract;

import java.util.List;
import java.util.stream.Collectors;
import org.driftgraph.analyze.ChainStep;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;

/**
 * One line per result row, holding everything the reference expectations check, so that a failing
 * expectation shows the whole row as the analyst would read it: evidence is listed by claim id in
 * the order the engine returned it.
 */
final class Summaries {
  private Summaries() {}

  /** {@code a -MIGRATED_TO-> b (2019-11: r13 r06) | b <-OWNED_BY- c (-: r22)}. */
  static String path(GraphPath path) {
    return path.hops().stream().map(Summaries::hop).collect(Collectors.joining(" | "));
  }

  static List<String> paths(List<GraphPath> paths) {
    return paths.stream().map(Summaries::path).toList();
  }

  static String hop(Hop hop) {
    String arrow = hop.forward() ? " -" + hop.type() + "-> " : " <-" + hop.type() + "- ";
    return hop.from()
        + arrow
        + hop.to()
        + " ("
        + orDash(hop.firstDate())
        + ": "
        + claims(hop.evidence())
        + ")";
  }

  /** {@code [twitter] > telegram 2015 (r01 r24)}. */
  static String step(ChainStep step) {
    return step.from()
        + " > "
        + step.to().id()
        + " "
        + orDash(step.date())
        + " ("
        + claims(step.evidence())
        + ")";
  }

  /** {@code 2 telegram 2019-11-29T17:56Z [isis, nashir-news-agency] +1 min +0 d (r09 r10)}. */
  static String carrier(FirstCarrier row) {
    return row.rank()
        + " "
        + row.platform().id()
        + " "
        + row.date()
        + " "
        + row.subjects()
        + " +"
        + orDash(row.lagMinutes())
        + " min +"
        + orDash(row.lagDays())
        + " d ("
        + claims(row.evidence())
        + ")";
  }

  /**
   * {@code isis banned by telegram 2019-11-22 (r02 r19) > tamtam 2019-11-25 after 3 d (r04 r14)}.
   */
  static String displacement(Displacement row) {
    return row.actor().id()
        + " banned by "
        + row.bannedBy().id()
        + " "
        + orDash(row.banDate())
        + " ("
        + claims(row.banEvidence())
        + ") > "
        + row.to().id()
        + " "
        + orDash(row.arrivalDate())
        + " after "
        + orDash(row.days())
        + " d ("
        + claims(row.migrationEvidence())
        + ")";
  }

  static String claims(List<Evidence> evidence) {
    return evidence.stream().map(Evidence::claim).collect(Collectors.joining(" "));
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
