package org.driftgraph.analyze.gremlin;

/**
 * How {@link TinkerGraphLoader} sends its writes: up to {@code rows} elements (or {@code
 * characters} characters of property text, an article carrying its full text) per batch, and up to
 * {@code requests} batches under way at once over a remote connection (an in-process graph always
 * takes one at a time).
 */
public record Batching(int rows, int characters, int requests) {
  /**
   * 1,000 elements, 1 Mi characters (well under Gremlin Server's default request size of 10 MiB),
   * one request at a time. Not more: JanusGraph creates a new label or property key on first use,
   * and two transactions creating the same one fail with a PermanentLockingException; a
   * TinkerGraph-backed Gremlin Server does not guard a vertex's edge sets against concurrent
   * writers. Measured in docs/benchmarks.md ("JanusGraph").
   */
  public static final Batching DEFAULT = new Batching(1_000, 1 << 20, 1);

  public Batching {
    if (rows < 1 || characters < 1 || requests < 1) {
      throw new IllegalArgumentException(
          "batches need at least one row, one character and one request, not "
              + rows
              + ", "
              + characters
              + ", "
              + requests);
    }
  }

  /** The same batches, one request at a time. */
  Batching sequential() {
    return new Batching(rows, characters, 1);
  }
}
