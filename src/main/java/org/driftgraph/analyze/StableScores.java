package org.driftgraph.analyze;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Scores rounded to {@link #DIGITS} significant digits. GDS sums a node's contributions on several
 * threads, in an order that changes from run to run, so the last bits of a score do too (23.0 one
 * run, 23.000000000000004 the next): reports, tie-breaking by id and comparisons between a served
 * and an embedded store would then differ for nothing. Every engine rounds the same way before it
 * ranks, so that equal scores tie, and break the tie by id, on all of them.
 */
public final class StableScores {
  public static final int DIGITS = 12;

  private static final MathContext ROUNDING = new MathContext(DIGITS);

  private StableScores() {}

  public static double stable(double score) {
    if (score == 0 || Double.isInfinite(score) || Double.isNaN(score)) {
      return score;
    }
    return new BigDecimal(score).round(ROUNDING).doubleValue();
  }
}
