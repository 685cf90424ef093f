package org.driftgraph.analyze;

import java.util.Objects;

/**
 * What a centrality run computes. Iteration settings are shared by both engines so that their
 * scores agree: PageRank and eigenvector iterate until no score changes by more than {@code
 * tolerance} or {@code maxIterations} is reached.
 *
 * @param top how many of the highest scores to return; 0 returns every node
 * @param samplingSize for betweenness, the number of source nodes sampled (null: every node, exact)
 * @param samplingSeed seed of the source sample, so that a sampled run can be repeated
 */
public record CentralityParameters(
    CentralityAlgorithm algorithm,
    Projection projection,
    int top,
    Integer samplingSize,
    long samplingSeed,
    int maxIterations,
    double tolerance,
    double dampingFactor) {

  public static final int DEFAULT_MAX_ITERATIONS = 100;
  public static final double DEFAULT_TOLERANCE = 1e-9;
  public static final double DEFAULT_DAMPING_FACTOR = 0.85;

  public CentralityParameters {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(projection, "projection");
    if (top < 0) {
      throw new IllegalArgumentException("top must be 0 (all) or positive, not " + top);
    }
    if (samplingSize != null && samplingSize < 1) {
      throw new IllegalArgumentException("sampling size must be positive, not " + samplingSize);
    }
    if (samplingSize != null && algorithm != CentralityAlgorithm.BETWEENNESS) {
      throw new IllegalArgumentException(
          "only betweenness samples source nodes, not " + algorithm.key());
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be positive, not " + maxIterations);
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be positive, not " + tolerance);
    }
    if (!(dampingFactor > 0 && dampingFactor < 1)) {
      throw new IllegalArgumentException("damping factor must be in (0, 1), not " + dampingFactor);
    }
  }

  /** Exact scores with the shared iteration defaults. */
  public static CentralityParameters of(
      CentralityAlgorithm algorithm, Projection projection, int top) {
    return new CentralityParameters(
        algorithm,
        projection,
        top,
        null,
        42L,
        DEFAULT_MAX_ITERATIONS,
        DEFAULT_TOLERANCE,
        DEFAULT_DAMPING_FACTOR);
  }

  public CentralityParameters withSampling(int size, long seed) {
    return new CentralityParameters(
        algorithm, projection, top, size, seed, maxIterations, tolerance, dampingFactor);
  }
}
