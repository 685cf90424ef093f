package org.driftgraph.model;

/**
 * A file, or one line of it, that could not be imported.
 *
 * @param line 1-based line number where it applies, else null
 */
public record Rejection(String file, Integer line, String reason) {
  public Rejection {
    Ids.requireText("rejected file", file);
    Ids.requireText("rejection reason", reason);
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, not " + line);
    }
  }

  /** One line for stderr: {@code file:line: reason}. */
  public String describe() {
    return file + (line == null ? "" : ":" + line) + ": " + reason;
  }
}
