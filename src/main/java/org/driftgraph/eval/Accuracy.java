package org.driftgraph.eval;

/**
 * How many of {@code n} checked items were right. With nothing to check the accuracy is 1 (nothing
 * was wrong); {@code n} shows that case.
 */
public record Accuracy(int correct, int n) {
  public static final Accuracy NONE = new Accuracy(0, 0);

  public Accuracy {
    if (correct < 0 || n < correct) {
      throw new IllegalArgumentException(
          "accuracy needs 0 <= correct <= n, not " + correct + " of " + n);
    }
  }

  public double accuracy() {
    return n == 0 ? 1.0 : (double) correct / n;
  }

  public Accuracy plus(boolean right) {
    return new Accuracy(correct + (right ? 1 : 0), n + 1);
  }
}
