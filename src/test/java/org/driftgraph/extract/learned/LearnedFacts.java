package org.driftgraph.extract.learned;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.model.Claim;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Modality;

/**
 * What the classifier's probabilities change in one article's claims. A fact (type, subject,
 * object) scores the highest probability of its candidates. A fact the rules did not produce is
 * added as a claim of its best candidate's sentence when it scores at least {@code addAbove}; a
 * rule fact is dropped, with all its claims, when it has candidates and scores below {@code
 * dropBelow}. A rule fact without candidates (its subject read from another sentence) is kept.
 *
 * @param addAbove above 1 adds nothing
 * @param dropBelow 0 drops nothing
 */
public record LearnedFacts(double addAbove, double dropBelow) {
  /** The rule name of a learned claim, so that every claim still says what produced it. */
  public static final String RULE = "learned-pair";

  public LearnedFacts {
    if (!(dropBelow >= 0 && dropBelow <= 1 && addAbove >= 0)) {
      throw new IllegalArgumentException("thresholds out of range: " + addAbove + ", " + dropBelow);
    }
  }

  /** {@code article} with learned claims added and rejected rule facts dropped. */
  public ExtractedArticle apply(
      ExtractedArticle article, List<PairCandidate> candidates, double[] probabilities) {
    Map<String, Integer> best = new LinkedHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      best.merge(
          key(candidates.get(i)),
          i,
          (old, now) -> probabilities[now] > probabilities[old] ? now : old);
    }
    List<Claim> claims = new ArrayList<>();
    java.util.Set<String> ruleFacts = new java.util.HashSet<>();
    for (Claim claim : article.claims()) {
      String key = claim.type().name() + "|" + claim.subjectId() + "|" + claim.objectId();
      ruleFacts.add(key);
      Integer top = best.get(key);
      if (top == null || probabilities[top] >= dropBelow) {
        claims.add(claim);
      }
    }
    best.forEach(
        (key, top) -> {
          if (!ruleFacts.contains(key) && probabilities[top] >= addAbove) {
            claims.add(claim(article, candidates.get(top), probabilities[top]));
          }
        });
    return new ExtractedArticle(
        article.article(), article.discovered(), article.mentions(), claims);
  }

  private static Claim claim(
      ExtractedArticle article, PairCandidate candidate, double probability) {
    String articleId = article.article().id();
    return new Claim(
        articleId
            + ":"
            + RULE
            + ":"
            + candidate.type().name()
            + ":"
            + candidate.subject().entityId()
            + ":"
            + candidate.object().entityId()
            + ":"
            + candidate.first().start(),
        candidate.type(),
        articleId,
        candidate.subject().entityId(),
        candidate.object().entityId(),
        List.of(),
        List.of(),
        candidate.sentence().text(),
        candidate.sentence().start(),
        candidate.first().start(),
        candidate.second().end(),
        null,
        null,
        Modality.ASSERTED,
        probability,
        RULE);
  }

  private static String key(PairCandidate candidate) {
    return candidate.type().name()
        + "|"
        + candidate.subject().entityId()
        + "|"
        + candidate.object().entityId();
  }
}
