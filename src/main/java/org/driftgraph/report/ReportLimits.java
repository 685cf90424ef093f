package org.driftgraph.report;

/**
 * How much a report spells out, so that it reads the same for 8 articles and stays small for
 * 100,000: every list past its limit ends with "and N more", and what is left out is in {@code
 * statements.jsonl} beside the report and behind {@code explain}.
 *
 * @param factsPerType facts the statements section lists per fact type (those with most claims)
 * @param claimsPerFact claims shown per fact once the store holds more than {@code
 *     fullEvidenceUpTo} claims (its strongest ones)
 * @param fullEvidenceUpTo up to this many claims in the store, every fact shows every claim
 * @param rows rows of the timeline table and of the lists of new entities and facts
 * @param subjects migration chains, ownership chains and announced events listed
 * @param notesPerCell evidence notes cited in one table cell or list item
 * @param networkNodes entities the explorable network draws (most facts first)
 * @param networkLinks facts the explorable network draws among them (most claims first)
 */
public record ReportLimits(
    int factsPerType,
    int claimsPerFact,
    long fullEvidenceUpTo,
    int rows,
    int subjects,
    int notesPerCell,
    int networkNodes,
    int networkLinks) {
  public static final ReportLimits DEFAULT = new ReportLimits(50, 3, 1_000, 100, 25, 5, 150, 600);

  public ReportLimits {
    if (factsPerType < 1
        || claimsPerFact < 1
        || fullEvidenceUpTo < 0
        || rows < 1
        || subjects < 1
        || notesPerCell < 1
        || networkNodes < 1
        || networkLinks < 1) {
      throw new IllegalArgumentException("report limits must be positive: " + this);
    }
  }

  /**
   * The claims each fact shows in a store of {@code claims} claims: all of them while it is small.
   */
  int claimsPerFactFor(long claims) {
    return claims <= fullEvidenceUpTo ? Integer.MAX_VALUE : claimsPerFact;
  }

  /**
   * The claims an analysis row (a chain step, a carrier, a displacement) fetches per evidence list
   * in a store of {@code claims} claims: all of them while it is small (0), else the strongest
   * {@code notesPerCell}, as many as one table cell cites.
   */
  int analysisEvidenceFor(long claims) {
    return claims <= fullEvidenceUpTo ? 0 : notesPerCell;
  }
}
