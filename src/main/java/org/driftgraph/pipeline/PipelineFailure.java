package org.driftgraph.pipeline;

/** A pipeline step that cannot go on for a reason the user can act on: the message says which. */
public class PipelineFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineFailure(String message) {
    super(message);
  }

  public PipelineFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
