package org.driftgraph.extract.discover;

import java.util.Locale;
import java.util.Objects;
import org.driftgraph.model.EntityType;

/**
 * A word that introduces a name and decides its type: تطبيق X is a platform, "the group X" an
 * actor, شركة X a company.
 *
 * @param language {@code ar} or {@code en}
 * @param words the cue as compared: normalized Arabic, or lower-case English words
 * @param kind the kind its names get, or null
 */
record Cue(String language, String words, EntityType type, String kind, Reads reads) {

  /** What may follow the cue as a name. */
  enum Reads {
    /** A quoted or Latin-script name (English: a capitalised name). */
    NAME,
    /** Also, for Arabic, the proper-name words that follow the bare cue up to a stop. */
    WORDS,
    /** A plural or generic cue: quoted or Latin names only, also lists after مثل. */
    LIST;

    static Reads parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  Cue {
    Objects.requireNonNull(type, "cue type");
    if (kind != null && !type.kinds().contains(kind)) {
      throw new IllegalArgumentException(
          "kind '" + kind + "' is not one of " + type.kinds() + " for " + type.label());
    }
    if (type == EntityType.EVENT) {
      throw new IllegalArgumentException(
          "cues name platforms, outlets, actors and organizations, not " + type.label());
    }
  }
}
