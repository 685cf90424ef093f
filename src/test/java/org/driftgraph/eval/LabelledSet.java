package org.driftgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.driftgraph.extract.Extraction;
import org.driftgraph.extract.learned.ArticleContext;
import org.driftgraph.extract.learned.HashedFeatures;
import org.driftgraph.extract.learned.PairCandidate;
import org.driftgraph.extract.learned.PairCandidates;
import org.driftgraph.extract.learned.PairFeatures;
import org.driftgraph.extract.learned.SentenceWords;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;
import org.driftgraph.text.SentenceSplitter;

/**
 * One annotated set read for the learned classifier: the rules' predictions for every article, and
 * for every gold document the candidates with their hashed features and their label, resolving the
 * extractor's ids to the gold's with the scorer's own {@link EntityResolver}.
 *
 * @param predictions the rules' extraction of every article, keyed as the corpus reader records it
 */
record LabelledSet(
    String name,
    GoldFile gold,
    Map<String, ExtractedArticle> predictions,
    List<Document> documents) {

  /** A candidate with its features and label: 1 gold fact, 0 not, -1 optional (not trained on). */
  record Example(PairCandidate candidate, int[] features, int label) {}

  /** The candidates of one gold document's article. */
  record Document(String file, ExtractedArticle article, List<Example> examples) {}

  static LabelledSet read(String name, Path goldFile, Path corpus, Extraction extraction) {
    GoldFile gold = GoldFile.load(goldFile);
    Map<String, ExtractedArticle> predictions = new LinkedHashMap<>();
    new CorpusReader(corpus)
        .read(
            List.of(corpus),
            new ArticleSink() {
              @Override
              public void article(Article article) {
                predictions.put(article.file(), extraction.extractor().extract(article));
              }

              @Override
              public void rejected(Rejection rejection) {}
            });
    SentenceWords words = new SentenceWords();
    PairFeatures features = new PairFeatures(words);
    SentenceSplitter splitter = new SentenceSplitter();
    List<Document> documents = new ArrayList<>();
    for (GoldDocument document : gold.documents()) {
      ExtractedArticle article = find(predictions, document.file());
      if (article == null) {
        continue;
      }
      EntityResolver resolver =
          new EntityResolver(gold, document, Optional.of(article), extraction.gazetteer()::find);
      Set<FactKey> positive =
          document.relations().stream().map(GoldRelation::key).collect(Collectors.toSet());
      Set<FactKey> optional =
          document.optionalRelations().stream().map(GoldRelation::key).collect(Collectors.toSet());
      Function<String, Optional<EntityType>> typeOf = typing(article, extraction);
      var sentences = splitter.split(article.article().text(), article.article().language());
      ArticleContext context = new ArticleContext(article, sentences, words, typeOf);
      List<Example> examples = new ArrayList<>();
      for (PairCandidate candidate : new PairCandidates(typeOf).of(article, sentences)) {
        FactKey key =
            new FactKey(
                candidate.type().name(),
                resolver.resolve(candidate.subject().entityId()),
                resolver.resolve(candidate.object().entityId()));
        int label = positive.contains(key) ? 1 : optional.contains(key) ? -1 : 0;
        examples.add(
            new Example(candidate, HashedFeatures.indices(features.of(candidate, context)), label));
      }
      documents.add(new Document(document.file(), article, examples));
    }
    return new LabelledSet(name, gold, predictions, documents);
  }

  static Function<String, Optional<EntityType>> typing(
      ExtractedArticle article, Extraction extraction) {
    Map<String, EntityType> discovered = new HashMap<>();
    for (Entity entity : article.discovered()) {
      discovered.put(entity.id(), entity.type());
    }
    return id ->
        Optional.ofNullable(discovered.get(id))
            .or(() -> extraction.gazetteer().find(id).map(Entity::type));
  }

  private static ExtractedArticle find(Map<String, ExtractedArticle> predictions, String file) {
    ExtractedArticle exact = predictions.get(file);
    if (exact != null) {
      return exact;
    }
    List<ExtractedArticle> byName =
        predictions.entrySet().stream()
            .filter(e -> e.getKey().substring(e.getKey().lastIndexOf('/') + 1).equals(file))
            .map(Map.Entry::getValue)
            .toList();
    return byName.size() == 1 ? byName.get(0) : null;
  }

  /** Scores predictions (the rules' with some articles replaced) as {@code evaluate} does. */
  Metrics score(Map<String, ExtractedArticle> replaced, Extraction extraction) {
    Map<String, ExtractedArticle> all = new LinkedHashMap<>(predictions);
    all.putAll(replaced);
    return new Scorer(gold, extraction.gazetteer()::find).score(all).relations();
  }
}
