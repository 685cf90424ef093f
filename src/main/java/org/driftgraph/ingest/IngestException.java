package org.driftgraph.ingest;

/** A document, or one line of it, that cannot become an article; becomes a {@code Rejection}. */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Integer line;

  public IngestException(String reason) {
    this(reason, null);
  }

  /**
   * @param line 1-based line the problem is on, or null when it concerns the whole document
   */
  public IngestException(String reason, Integer line) {
    super(reason);
    this.line = line;
  }

  public Integer line() {
    return line;
  }
}
