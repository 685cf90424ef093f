package org.driftgraph.extract.learned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.model.RelationType;
import org.driftgraph.text.Sentence;

/**
 * Every (subject mention, object mention) pair of one sentence whose entity types a core relation
 * type admits. The mentions are sorted once and walked with the sentences in one pass, so the work
 * is the article's length plus the pairs, never a scan of the text per mention.
 */
public final class PairCandidates {
  private final Function<String, Optional<EntityType>> typeOf;

  /**
   * @param typeOf the type of an extracted entity id (discovered in the article, else the
   *     gazetteer's); an id without a type gives no candidate
   */
  public PairCandidates(Function<String, Optional<EntityType>> typeOf) {
    this.typeOf = typeOf;
  }

  /** The candidates of {@code article}, sentence by sentence, in text order. */
  public List<PairCandidate> of(ExtractedArticle article, List<Sentence> sentences) {
    List<Mention> mentions = new ArrayList<>(article.mentions());
    mentions.sort(Comparator.comparingInt(Mention::start));
    List<PairCandidate> candidates = new ArrayList<>();
    int next = 0;
    for (int index = 0; index < sentences.size(); index++) {
      Sentence sentence = sentences.get(index);
      while (next < mentions.size() && mentions.get(next).start() < sentence.start()) {
        next++;
      }
      int end = next;
      while (end < mentions.size() && mentions.get(end).end() <= sentence.end()) {
        end++;
      }
      pairs(mentions.subList(next, end), sentence, index, candidates);
      next = end;
    }
    return candidates;
  }

  private void pairs(
      List<Mention> inSentence, Sentence sentence, int index, List<PairCandidate> candidates) {
    List<EntityType> types =
        inSentence.stream().map(m -> typeOf.apply(m.entityId()).orElse(null)).toList();
    for (RelationType type : RelationType.values()) {
      if (!type.core()) {
        continue;
      }
      for (int s = 0; s < inSentence.size(); s++) {
        if (types.get(s) == null || !type.subjectTypes().contains(types.get(s))) {
          continue;
        }
        for (int o = 0; o < inSentence.size(); o++) {
          Mention subject = inSentence.get(s);
          Mention object = inSentence.get(o);
          if (types.get(o) != null
              && type.defaultObjectTypes().contains(types.get(o))
              && !subject.entityId().equals(object.entityId())) {
            candidates.add(new PairCandidate(type, subject, object, sentence, index));
          }
        }
      }
    }
  }
}
