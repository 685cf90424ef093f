package org.driftgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.Entity;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;

/**
 * What an article, its mentions and claims, and an entity are written as: the rows of the {@code
 * cypher/write} statements. Both write paths take them from here, the transactional one ({@link
 * GraphWriter}) and the batch one for a new store ({@code store.batch}), so that both write the
 * same properties.
 */
public final class ArticleRows {
  private ArticleRows() {}

  /** The fingerprint an article row carries in its properties (see {@link #article}). */
  @SuppressWarnings("unchecked")
  public static String fingerprint(Map<String, Object> row) {
    return (String) ((Map<String, Object>) row.get("properties")).get("fingerprint");
  }

  /**
   * The entities an article's mentions and claims point at (subjects, objects, origins, events), in
   * first-seen order: both write paths require each to be stored before the article is.
   */
  public static Set<String> referencedEntities(ExtractedArticle extracted) {
    Set<String> ids = new LinkedHashSet<>();
    extracted.mentions().forEach(m -> ids.add(m.entityId()));
    for (Claim claim : extracted.claims()) {
      ids.add(claim.subjectId());
      ids.add(claim.objectId());
      ids.addAll(claim.fromIds());
      ids.addAll(claim.eventIds());
    }
    return ids;
  }

  /** Why an article that refers to entities the graph does not hold is rejected. */
  public static String unknownEntities(Article article, List<String> unknown) {
    return "article "
        + article.id()
        + " ("
        + article.file()
        + ") refers to entities that are not in the graph: "
        + unknown;
  }

  /** An entity as {@code cypher/write/entities.cypher} takes it. */
  public static Map<String, Object> entity(Entity entity) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", entity.id());
    row.put("label", entity.type().label());
    row.put("name", entity.name());
    row.put("names", entity.names());
    row.put("kind", entity.kind());
    row.put("date", entity.date());
    row.put("discovered", entity.discovered());
    return row;
  }

  /**
   * The inputs an article row carries in its properties (see {@link #article(ExtractedArticle,
   * String)}).
   */
  @SuppressWarnings("unchecked")
  public static String inputs(Map<String, Object> row) {
    return (String) ((Map<String, Object>) row.get("properties")).get("inputs");
  }

  /** The properties an article is stored with, but its fingerprint and inputs. */
  public static Map<String, Object> articleProperties(Article article) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("id", article.id());
    properties.put("sourceKey", article.sourceKey());
    properties.put("title", article.title());
    properties.put("url", article.url());
    properties.put("published", article.published());
    properties.put("language", article.language());
    properties.put("publisher", article.publisher());
    properties.put("file", article.file());
    properties.put("sha256", article.sha256());
    properties.put("encoding", article.encoding());
    properties.put("encodingEvidence", article.encodingEvidence());
    properties.put("text", article.text());
    return properties;
  }

  /** An article row without the inputs it was extracted from (see the overload). */
  public static Map<String, Object> article(ExtractedArticle extracted) {
    return article(extracted, null);
  }

  /**
   * An article as {@code cypher/write/articles.cypher}, {@code mentions.cypher} and {@code
   * claims.cypher} take it: {@code id}, {@code properties} (the fingerprint included, and the
   * {@code inputs} of {@link ArticleInputs} when {@code setup}, the digest of the extraction
   * set-up, is given), {@code mentions} and {@code claims}.
   */
  public static Map<String, Object> article(ExtractedArticle extracted, String setup) {
    Article article = extracted.article();
    Map<String, Object> properties = articleProperties(article);

    Map<String, Long> counts =
        extracted.mentions().stream()
            .collect(Collectors.groupingBy(Mention::entityId, TreeMap::new, Collectors.counting()));
    List<Map<String, Object>> mentionRows = new ArrayList<>();
    counts.forEach(
        (entityId, count) -> mentionRows.add(Map.of("entityId", entityId, "count", count)));

    Map<String, Object> row = new HashMap<>();
    row.put("id", article.id());
    row.put("properties", properties);
    row.put("mentions", mentionRows);
    row.put("claims", extracted.claims().stream().map(ArticleRows::claim).toList());
    // What the article is written as, discovered entities included; computed before it is added.
    // The text itself is left out: sha256 stands for it, and hashing it again costs a pass over
    // every article of an import.
    Map<String, Object> withoutText = new HashMap<>(row);
    Map<String, Object> propertiesWithoutText = new HashMap<>(properties);
    propertiesWithoutText.remove("text");
    withoutText.put("properties", propertiesWithoutText);
    properties.put(
        "fingerprint",
        RowFingerprint.of(
            List.of(
                withoutText, extracted.discovered().stream().map(ArticleRows::entity).toList())));
    // After the fingerprint, which says what is stored, not what it was extracted from.
    if (setup != null) {
      properties.put("inputs", ArticleInputs.of(article, setup));
    }
    return row;
  }

  /** A claim row of {@link #article}: id, subjectId, objectId, fromIds, eventIds, properties. */
  static Map<String, Object> claim(Claim claim) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("id", claim.id());
    properties.put("type", claim.type().name());
    properties.put("sentence", claim.sentence());
    properties.put("sentenceStart", claim.sentenceStart());
    properties.put("start", claim.start());
    properties.put("end", claim.end());
    properties.put("date", claim.date());
    properties.put(
        "datePrecision", claim.datePrecision() == null ? null : claim.datePrecision().value());
    properties.put("modality", claim.modality().value());
    properties.put("confidence", claim.confidence());
    properties.put("rule", claim.rule());

    Map<String, Object> row = new HashMap<>();
    row.put("id", claim.id());
    row.put("subjectId", claim.subjectId());
    row.put("objectId", claim.objectId());
    row.put("fromIds", claim.fromIds().stream().distinct().sorted().toList());
    row.put("eventIds", claim.eventIds());
    row.put("properties", properties);
    return row;
  }
}
