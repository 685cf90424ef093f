package org.driftgraph.extract.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
import org.driftgraph.text.Sentence;
import org.driftgraph.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class LearnedPairsTest {
  private static final Map<String, EntityType> TYPES =
      Map.of(
          "crew", EntityType.ACTOR,
          "chatapp", EntityType.PLATFORM,
          "videosite", EntityType.PLATFORM,
          "parentco", EntityType.ORGANIZATION);
  private static final Function<String, Optional<EntityType>> TYPE_OF =
      id -> Optional.ofNullable(TYPES.get(id));

  private static Article article(String text, String language) {
    String sha = "0".repeat(63) + "1";
    return new Article(
        "a1", "test.txt", null, null, "2024-05-01", language, null, "test.txt", sha, "UTF-8", text);
  }

  private static Mention mention(String text, String id, String surface, int from) {
    int start = text.indexOf(surface, from);
    return new Mention(id, start, start + surface.length(), surface);
  }

  @Test
  void pairsStayInsideOneSentenceAndFollowTheTypesARelationAdmits() {
    String text = "Crew moved to Chatapp last week.\nParentco owns Videosite.";
    Article article = article(text, "en");
    ExtractedArticle extracted =
        new ExtractedArticle(
            article,
            List.of(),
            List.of(
                mention(text, "crew", "Crew", 0),
                mention(text, "chatapp", "Chatapp", 0),
                mention(text, "parentco", "Parentco", 0),
                mention(text, "videosite", "Videosite", 0)),
            List.of());
    List<Sentence> sentences = new SentenceSplitter().split(text, "en");

    List<String> pairs =
        new PairCandidates(TYPE_OF)
            .of(extracted, sentences).stream()
                .map(c -> c.type() + " " + c.subject().entityId() + " " + c.object().entityId())
                .toList();

    // No pair joins Crew with Videosite (another sentence); MIGRATED_TO reads platforms only by
    // default, BANNED_BY also companies.
    assertThat(pairs)
        .containsExactlyInAnyOrder(
            "MIGRATED_TO crew chatapp",
            "BANNED_BY crew chatapp",
            "ANNOUNCED_ON crew chatapp",
            "OWNED_BY videosite parentco");
  }

  @Test
  void featuresNameWordsAndTheRulesNotEntities() {
    String text = "Crew moved to Chatapp last week.";
    Article article = article(text, "en");
    Mention crew = mention(text, "crew", "Crew", 0);
    Mention chatapp = mention(text, "chatapp", "Chatapp", 0);
    ExtractedArticle extracted =
        new ExtractedArticle(article, List.of(), List.of(crew, chatapp), List.of());
    List<Sentence> sentences = new SentenceSplitter().split(text, "en");
    SentenceWords words = new SentenceWords();
    ArticleContext context = new ArticleContext(extracted, sentences, words, TYPE_OF);
    PairCandidate candidate =
        new PairCandidate(RelationType.MIGRATED_TO, crew, chatapp, sentences.get(0), 0);

    List<String> features = new PairFeatures(words).of(candidate, context);

    assertThat(features)
        .contains(
            "MIGRATED_TO|SO|between=move",
            "MIGRATED_TO|SO|between=to",
            "MIGRATED_TO|SO|right=last",
            "MIGRATED_TO|rule=none",
            "MIGRATED_TO|salientSubject",
            "MIGRATED_TO|place=headline");
    assertThat(features).noneMatch(f -> f.contains("crew") || f.contains("chatapp"));
    int[] indices = HashedFeatures.indices(features);
    assertThat(indices).isSorted().doesNotHaveDuplicates();
    assertThat(indices[0]).isGreaterThanOrEqualTo(1);
    assertThat(indices[indices.length - 1]).isLessThanOrEqualTo(HashedFeatures.DIMENSION);
  }

  @Test
  void learnedFactsAddAboveAndDropBelowTheirThresholds() {
    String text = "Crew moved to Chatapp and Videosite.";
    Article article = article(text, "en");
    Mention crew = mention(text, "crew", "Crew", 0);
    Mention chatapp = mention(text, "chatapp", "Chatapp", 0);
    Mention videosite = mention(text, "videosite", "Videosite", 0);
    Sentence sentence = new SentenceSplitter().split(text, "en").get(0);
    Claim rule =
        new Claim(
            "c1",
            RelationType.MIGRATED_TO,
            article.id(),
            "crew",
            "videosite",
            List.of(),
            List.of(),
            text,
            0,
            0,
            text.length(),
            null,
            null,
            Modality.ASSERTED,
            0.9,
            "a-rule");
    ExtractedArticle extracted =
        new ExtractedArticle(article, List.of(), List.of(crew, chatapp, videosite), List.of(rule));
    List<PairCandidate> candidates =
        List.of(
            new PairCandidate(RelationType.MIGRATED_TO, crew, chatapp, sentence, 0),
            new PairCandidate(RelationType.MIGRATED_TO, crew, videosite, sentence, 0));
    double[] probabilities = {0.8, 0.1};

    List<String> kept =
        new LearnedFacts(0.7, 0.05)
            .apply(extracted, candidates, probabilities).claims().stream()
                .map(c -> c.objectId() + " " + c.rule())
                .toList();
    List<String> strict =
        new LearnedFacts(0.9, 0.2)
            .apply(extracted, candidates, probabilities).claims().stream()
                .map(c -> c.objectId() + " " + c.rule())
                .toList();

    assertThat(kept).containsExactlyInAnyOrder("videosite a-rule", "chatapp learned-pair");
    assertThat(strict).isEmpty();
  }
}
