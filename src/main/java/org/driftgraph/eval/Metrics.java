package org.driftgraph.eval;

/**
 * Counts of one comparison of predictions against gold, and the scores they give.
 *
 * <p>Empty cases have a value rather than a division by zero: precision is 1 when nothing was
 * predicted (no prediction was wrong), recall is 1 when the gold has nothing (nothing was missed),
 * and F1 is 0 when precision and recall are both 0. So nothing predicted against a non-empty gold
 * scores precision 1, recall 0, F1 0; nothing against nothing scores 1, 1, 1.
 */
public record Metrics(int truePositives, int falsePositives, int falseNegatives) {
  public static final Metrics NONE = new Metrics(0, 0, 0);

  public Metrics {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException(
          "counts cannot be negative: "
              + truePositives
              + ", "
              + falsePositives
              + ", "
              + falseNegatives);
    }
  }

  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  public double f1() {
    double precision = precision();
    double recall = recall();
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }

  /** Micro-averaging: the counts of two comparisons summed. */
  public Metrics plus(Metrics other) {
    return new Metrics(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }
}
