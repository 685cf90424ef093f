package org.driftgraph.text.dates;

/** A stretch of normalized text [start, end) that a rule read as {@code expression}. */
record Candidate(int start, int end, DateExpression expression) {
  Candidate {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("candidate has bad offsets [" + start + ", " + end + ")");
    }
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }
}
