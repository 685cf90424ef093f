package org.driftgraph.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.driftgraph.model.Claim;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.IsoDates;

/**
 * Scores predictions against a gold file exactly as {@code ../shared/eval/README.md} says.
 *
 * <ul>
 *   <li>Mentions: per document, the predicted entity ids (of mentions, entities of the gold's
 *       scored types; an id whose type nothing tells is counted) against {@code mentions}; a
 *       prediction in {@code optional_mentions} is ignored. Counts summed over documents (micro).
 *   <li>Relations: per document, the distinct {@code (type, subject, object)} of the claims whose
 *       type the gold scores, whatever their modality, against {@code relations}; a prediction
 *       equal to an {@code optional_relations} entry is ignored. Micro-averaged, overall and per
 *       type.
 *   <li>Entities match by id, or through a surface form: see {@link EntityResolver}.
 *   <li>{@code from}: over matched relations whose gold has {@code from}, right when the union of
 *       the fact's claims' {@code fromIds} contains every gold {@code from}.
 *   <li>Dates: over matched relations whose gold has a date, right when any claim of the fact
 *       states the gold date to the gold's precision: the claim is at least as precise (a season is
 *       less precise than a month) and its date cut to the gold's precision is the gold date. So a
 *       claim of 2019-11-30 matches a gold 2019-11 and a gold 2019; a claim of 2019-11 does not
 *       match a gold 2019-11-30. Times compare to the minute, time zones aside.
 * </ul>
 *
 * <p>A gold document is found among the predictions by its file: the same relative path, else the
 * one prediction whose bare file name it is. A gold document without prediction scores as if
 * nothing were found, and is listed in {@link Evaluation#problems()}. Predictions for files the
 * gold does not annotate are not scored. Empty cases: see {@link Metrics} and {@link Accuracy}.
 */
public final class Scorer {
  private final GoldFile gold;
  private final EntityResolver.Directory knownEntities;
  private final EvidenceSentences evidenceSentences = new EvidenceSentences();

  /** A scorer that knows entities only from the predictions and the gold. */
  public Scorer(GoldFile gold) {
    this(gold, id -> Optional.empty());
  }

  /**
   * @param knownEntities the extractor's entities by id (usually the gazetteer), for their types
   *     and surface forms
   */
  public Scorer(GoldFile gold, EntityResolver.Directory knownEntities) {
    this.gold = gold;
    this.knownEntities = knownEntities;
  }

  /**
   * @param predictions what the extractor found, by the article's file as the corpus reader records
   *     it
   */
  public Evaluation score(Map<String, ExtractedArticle> predictions) {
    Tally tally = new Tally(gold.relationTypes());
    for (GoldDocument document : gold.documents()) {
      Optional<ExtractedArticle> predicted = find(predictions, document.file());
      if (predicted.isEmpty()) {
        tally.problems.add(
            "gold document "
                + document.file()
                + " is not among the articles read: scored as finding nothing");
      }
      EntityResolver resolver = new EntityResolver(gold, document, predicted, knownEntities);
      scoreMentions(document, predicted, resolver, tally);
      scoreRelations(document, predicted, resolver, tally);
    }
    return tally.evaluation();
  }

  private void scoreMentions(
      GoldDocument document,
      Optional<ExtractedArticle> predicted,
      EntityResolver resolver,
      Tally tally) {
    Set<String> expected =
        document.mentions().stream()
            .filter(id -> gold.scoredTypes().contains(gold.entities().get(id).type()))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> found =
        predicted.stream()
            .flatMap(article -> article.mentions().stream())
            .map(mention -> resolver.resolve(mention.entityId()))
            .filter(id -> resolver.type(id).map(gold.scoredTypes()::contains).orElse(true))
            .filter(id -> expected.contains(id) || !document.optionalMentions().contains(id))
            .collect(Collectors.toCollection(TreeSet::new));
    int hits = 0;
    for (String id : expected) {
      if (found.contains(id)) {
        hits++;
      } else {
        tally.missedMentions.add(new MentionError(document.file(), id));
      }
    }
    for (String id : found) {
      if (!expected.contains(id)) {
        tally.spuriousMentions.add(new MentionError(document.file(), id));
      }
    }
    tally.mentions =
        tally.mentions.plus(new Metrics(hits, found.size() - hits, expected.size() - hits));
  }

  private void scoreRelations(
      GoldDocument document,
      Optional<ExtractedArticle> predicted,
      EntityResolver resolver,
      Tally tally) {
    Map<FactKey, List<Claim>> facts = new LinkedHashMap<>();
    for (Claim claim : predicted.map(ExtractedArticle::claims).orElse(List.of())) {
      String type = claim.type().name();
      if (gold.relationTypes().contains(type)) {
        FactKey key =
            new FactKey(
                type, resolver.resolve(claim.subjectId()), resolver.resolve(claim.objectId()));
        facts.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
      }
    }
    Map<FactKey, GoldRelation> expected = new LinkedHashMap<>();
    document.relations().forEach(relation -> expected.putIfAbsent(relation.key(), relation));
    Set<FactKey> optional =
        document.optionalRelations().stream().map(GoldRelation::key).collect(Collectors.toSet());

    for (GoldRelation relation : expected.values()) {
      List<Claim> claims = facts.get(relation.key());
      if (claims == null) {
        tally.count(relation.type(), new Metrics(0, 0, 1));
        String sentence =
            predicted
                .flatMap(
                    article -> evidenceSentences.sentenceOf(article.article(), relation.evidence()))
                .orElse(relation.evidence());
        tally.missed.add(
            new RelationError(
                document.file(), relation.key(), sentence, relation.evidence(), null));
        continue;
      }
      tally.count(relation.type(), new Metrics(1, 0, 0));
      if (!relation.from().isEmpty()) {
        checkFrom(document, relation, claims, resolver, tally);
      }
      if (relation.date() != null) {
        checkDate(document, relation, claims, tally);
      }
    }
    facts.forEach(
        (key, claims) -> {
          if (!expected.containsKey(key) && !optional.contains(key)) {
            tally.count(key.type(), new Metrics(0, 1, 0));
            Claim first = claims.get(0);
            String evidence =
                first
                    .sentence()
                    .substring(
                        clamp(first.start() - first.sentenceStart(), first.sentence()),
                        clamp(first.end() - first.sentenceStart(), first.sentence()));
            tally.spurious.add(
                new RelationError(document.file(), key, first.sentence(), evidence, first.rule()));
          }
        });
  }

  private static void checkFrom(
      GoldDocument document,
      GoldRelation relation,
      List<Claim> claims,
      EntityResolver resolver,
      Tally tally) {
    Set<String> from =
        claims.stream()
            .flatMap(claim -> claim.fromIds().stream())
            .map(resolver::resolve)
            .collect(Collectors.toCollection(TreeSet::new));
    boolean right = from.containsAll(relation.from());
    tally.from = tally.from.plus(right);
    if (!right) {
      tally.wrongFrom.add(
          new AttributeError(
              document.file(),
              relation.key(),
              String.join(", ", relation.from()),
              from.isEmpty() ? "none" : String.join(", ", from)));
    }
  }

  private static void checkDate(
      GoldDocument document, GoldRelation relation, List<Claim> claims, Tally tally) {
    boolean right = claims.stream().anyMatch(claim -> statesDate(claim, relation.date()));
    tally.dates = tally.dates.plus(right);
    if (!right) {
      Set<String> dates =
          claims.stream()
              .filter(claim -> claim.date() != null)
              .map(claim -> claim.date() + " (" + claim.datePrecision().value() + ")")
              .collect(Collectors.toCollection(LinkedHashSet::new));
      tally.wrongDates.add(
          new AttributeError(
              document.file(),
              relation.key(),
              relation.date(),
              dates.isEmpty() ? "none" : String.join(", ", dates)));
    }
  }

  /**
   * True when the claim states {@code goldDate} to the gold's precision (see the class comment).
   */
  static boolean statesDate(Claim claim, String goldDate) {
    if (claim.date() == null) {
      return false;
    }
    DatePrecision precision = IsoDates.precisionOf(goldDate);
    if (claim.datePrecision().compareTo(precision) < 0) {
      return false;
    }
    int length =
        switch (precision) {
          case YEAR -> 4;
          case SEASON, MONTH -> 7;
          case DAY -> 10;
          case MINUTE -> 16;
        };
    return cut(claim.date(), length).equals(cut(goldDate, length));
  }

  private static int clamp(int offset, String sentence) {
    return Math.max(0, Math.min(offset, sentence.length()));
  }

  private static String cut(String isoDate, int length) {
    return isoDate.length() <= length ? isoDate : isoDate.substring(0, length);
  }

  private static Optional<ExtractedArticle> find(
      Map<String, ExtractedArticle> predictions, String file) {
    ExtractedArticle exact = predictions.get(file);
    if (exact != null) {
      return Optional.of(exact);
    }
    List<ExtractedArticle> byName =
        predictions.entrySet().stream()
            .filter(entry -> bareName(entry.getKey()).equals(file))
            .map(Map.Entry::getValue)
            .toList();
    return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }

  private static String bareName(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  /** What the documents add up to, in gold order. */
  private static final class Tally {
    private Metrics mentions = Metrics.NONE;
    private final Map<String, Metrics> byType = new LinkedHashMap<>();
    private Accuracy from = Accuracy.NONE;
    private Accuracy dates = Accuracy.NONE;
    private final List<RelationError> missed = new ArrayList<>();
    private final List<RelationError> spurious = new ArrayList<>();
    private final List<AttributeError> wrongFrom = new ArrayList<>();
    private final List<AttributeError> wrongDates = new ArrayList<>();
    private final List<MentionError> missedMentions = new ArrayList<>();
    private final List<MentionError> spuriousMentions = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Tally(Collection<String> relationTypes) {
      relationTypes.forEach(type -> byType.put(type, Metrics.NONE));
    }

    void count(String type, Metrics metrics) {
      byType.merge(type, metrics, Metrics::plus);
    }

    Evaluation evaluation() {
      Metrics relations = byType.values().stream().reduce(Metrics.NONE, Metrics::plus);
      return new Evaluation(
          mentions,
          relations,
          byType,
          from,
          dates,
          missed,
          spurious,
          wrongFrom,
          wrongDates,
          missedMentions,
          spuriousMentions,
          problems);
    }
  }
}
