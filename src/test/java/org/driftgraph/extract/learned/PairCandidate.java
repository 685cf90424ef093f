package org.driftgraph.extract.learned;

import java.util.Objects;
import org.driftgraph.model.Mention;
import org.driftgraph.model.RelationType;
import org.driftgraph.text.Sentence;

/**
 * A relation the learned stage may read: a subject mention and an object mention of one sentence
 * whose entity types the relation type admits.
 *
 * @param sentenceIndex the sentence's place in the article, 0 for the first (usually the headline)
 */
public record PairCandidate(
    RelationType type, Mention subject, Mention object, Sentence sentence, int sentenceIndex) {
  public PairCandidate {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(sentence, "sentence");
    if (subject.entityId().equals(object.entityId())) {
      throw new IllegalArgumentException("a relation needs two entities: " + subject.entityId());
    }
    if (sentenceIndex < 0) {
      throw new IllegalArgumentException("sentence index " + sentenceIndex + " is negative");
    }
  }

  /** The mention written first. */
  public Mention first() {
    return subject.start() <= object.start() ? subject : object;
  }

  /** The mention written second. */
  public Mention second() {
    return subject.start() <= object.start() ? object : subject;
  }
}
