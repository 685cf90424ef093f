package org.driftgraph.extract.discover;

import org.driftgraph.model.EntityType;

/**
 * A name a cue points at, before it is checked against the gazetteer and the known mentions.
 *
 * @param start offset of the name in the folded text (see {@link TokenizedText})
 * @param end offset just past the name in the folded text
 * @param cue the normalized cue word that introduced it
 * @param unmarked read as the plain words after an Arabic cue (وكالة أعماق), not set off by quotes
 *     or script: such a name is kept only when the article uses it more than once
 */
record Candidate(int start, int end, EntityType type, String kind, String cue, boolean unmarked) {
  Candidate {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("candidate has bad offsets [" + start + ", " + end + ")");
    }
  }

  static Candidate of(int start, int end, Cue cue) {
    return new Candidate(start, end, cue.type(), cue.kind(), cue.words(), false);
  }

  static Candidate unmarked(int start, int end, Cue cue) {
    return new Candidate(start, end, cue.type(), cue.kind(), cue.words(), true);
  }

  /** The same name, kept only when the article uses it again. */
  Candidate asUnmarked() {
    return new Candidate(start, end, type, kind, cue, true);
  }
}
