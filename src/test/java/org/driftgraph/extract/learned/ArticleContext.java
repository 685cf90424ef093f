package org.driftgraph.extract.learned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.driftgraph.model.Claim;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.text.Sentence;

/**
 * What the features of one article's candidates share, computed once per article: the words of each
 * sentence, the facts the rules produced (in the article and per sentence), the entities the
 * article discovered and its most-mentioned actor.
 */
public final class ArticleContext {
  private final ExtractedArticle article;
  private final List<Sentence> sentences;
  private final int[] sentenceStarts;
  private final List<List<SentenceWords.Word>> words = new ArrayList<>();
  private final Set<String> ruleFacts = new HashSet<>();
  private final Set<String> ruleFactsBySentence = new HashSet<>();
  private final Set<String> discovered = new HashSet<>();
  private final String salientActor;

  public ArticleContext(
      ExtractedArticle article,
      List<Sentence> sentences,
      SentenceWords sentenceWords,
      Function<String, Optional<EntityType>> typeOf) {
    this.article = article;
    this.sentences = List.copyOf(sentences);
    this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
    for (Sentence sentence : sentences) {
      words.add(sentenceWords.of(sentence, article.article().language()));
    }
    for (Claim claim : article.claims()) {
      String fact = fact(claim.type().name(), claim.subjectId(), claim.objectId());
      ruleFacts.add(fact);
      int index = sentenceIndexOf(claim.start());
      ruleFactsBySentence.add(index + "|" + fact);
      ruleFactsBySentence.add(index + "|subject|" + claim.type().name() + "|" + claim.subjectId());
      ruleFactsBySentence.add(index + "|object|" + claim.type().name() + "|" + claim.objectId());
    }
    article.discovered().stream().map(Entity::id).forEach(discovered::add);
    Map<String, Integer> counts = new HashMap<>();
    for (Mention mention : article.mentions()) {
      EntityType type = typeOf.apply(mention.entityId()).orElse(null);
      if (type == EntityType.ACTOR || type == EntityType.OUTLET) {
        counts.merge(mention.entityId(), 1, Integer::sum);
      }
    }
    salientActor =
        counts.entrySet().stream()
            .max(
                Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(null);
  }

  public ExtractedArticle article() {
    return article;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public String language() {
    return article.article().language();
  }

  public List<SentenceWords.Word> words(int sentenceIndex) {
    return words.get(sentenceIndex);
  }

  /** True when the rules produced the fact somewhere in the article. */
  public boolean ruleFact(String type, String subject, String object) {
    return ruleFacts.contains(fact(type, subject, object));
  }

  /** True when the rules produced the fact from this sentence. */
  public boolean ruleFactIn(int sentenceIndex, String type, String subject, String object) {
    return ruleFactsBySentence.contains(sentenceIndex + "|" + fact(type, subject, object));
  }

  /** True when a rule claim of this type in this sentence has this subject (with any object). */
  public boolean ruleSubjectIn(int sentenceIndex, String type, String subject) {
    return ruleFactsBySentence.contains(sentenceIndex + "|subject|" + type + "|" + subject);
  }

  /** True when a rule claim of this type in this sentence has this object (with any subject). */
  public boolean ruleObjectIn(int sentenceIndex, String type, String object) {
    return ruleFactsBySentence.contains(sentenceIndex + "|object|" + type + "|" + object);
  }

  public boolean discovered(String entityId) {
    return discovered.contains(entityId);
  }

  public boolean salient(String entityId) {
    return entityId.equals(salientActor);
  }

  /** The index of the sentence that holds {@code offset} (the last starting at or before it). */
  public int sentenceIndexOf(int offset) {
    int found = Arrays.binarySearch(sentenceStarts, offset);
    return found >= 0 ? found : Math.max(0, -found - 2);
  }

  private static String fact(String type, String subject, String object) {
    return type + "|" + subject + "|" + object;
  }
}
