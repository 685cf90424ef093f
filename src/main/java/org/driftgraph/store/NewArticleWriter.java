package org.driftgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes articles that are not stored yet with CREATE, from the rows of {@link ArticleRows#article}
 * flattened into one row per article, mention, claim and claim link ({@code cypher/write/new}): the
 * same nodes, relationships and properties that {@code articles.cypher}, {@code mentions.cypher}
 * and {@code claims.cypher} give a new article, without what they cost for an article that may be
 * stored already. Those MERGE every node and relationship, and run a subquery per article and per
 * claim that first deletes what a stored version had; on a new article each of these finds nothing,
 * at a price per row. A claim id holds its article's id, so the claims of a new article are new
 * too.
 */
final class NewArticleWriter {
  private final String articles = CypherScripts.statement("write/new/articles.cypher");
  private final String mentions = CypherScripts.statement("write/new/mentions.cypher");
  private final String claims = CypherScripts.statement("write/new/claims.cypher");
  private final String claimFrom = CypherScripts.statement("write/new/claim-from.cypher");
  private final String claimAbout = CypherScripts.statement("write/new/claim-about.cypher");

  /**
   * Creates these articles, each with its mentions and claims, in the caller's transaction. Their
   * ids must be distinct and none of them stored; the entities they refer to must be.
   */
  void create(CypherTransaction tx, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Flat flat = flatten(rows);
    // Only what articles.cypher reads: the mentions and claims go in their own rows below.
    List<Map<String, Object>> articleRows =
        rows.stream().map(row -> Map.of("properties", row.get("properties"))).toList();
    tx.run(articles, Map.of("articles", articleRows));
    run(tx, mentions, "mentions", flat.mentions());
    run(tx, claims, "claims", flat.claims());
    run(tx, claimFrom, "links", flat.from());
    run(tx, claimAbout, "links", flat.about());
  }

  private static void run(
      CypherTransaction tx, String statement, String name, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      tx.run(statement, Map.of(name, rows));
    }
  }

  /** The statements' rows; the claim links only for the claims that are written. */
  record Flat(
      List<Map<String, Object>> mentions,
      List<Map<String, Object>> claims,
      List<Map<String, Object>> from,
      List<Map<String, Object>> about) {}

  /**
   * One row per mention (already one per entity), per claim id (the last row of an id, which is
   * what claims.cypher leaves when it MERGEs a repeated id: its properties and links) and per
   * distinct claim link.
   */
  @SuppressWarnings("unchecked")
  static Flat flatten(List<Map<String, Object>> rows) {
    List<Map<String, Object>> mentionRows = new ArrayList<>();
    Map<String, Map<String, Object>> claimRows = new LinkedHashMap<>();
    Map<String, Set<String>> fromOf = new LinkedHashMap<>();
    Map<String, Set<String>> aboutOf = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      String articleId = (String) row.get("id");
      for (Map<String, Object> m : (List<Map<String, Object>>) row.get("mentions")) {
        mentionRows.add(
            Map.of("articleId", articleId, "entityId", m.get("entityId"), "count", m.get("count")));
      }
      for (Map<String, Object> c : (List<Map<String, Object>>) row.get("claims")) {
        String claimId = (String) c.get("id");
        claimRows.remove(claimId);
        claimRows.put(
            claimId,
            Map.of(
                "articleId", articleId,
                "subjectId", c.get("subjectId"),
                "objectId", c.get("objectId"),
                "properties", c.get("properties")));
        fromOf.put(claimId, new LinkedHashSet<>((List<String>) c.get("fromIds")));
        aboutOf.put(claimId, new LinkedHashSet<>((List<String>) c.get("eventIds")));
      }
    }
    return new Flat(mentionRows, List.copyOf(claimRows.values()), links(fromOf), links(aboutOf));
  }

  private static List<Map<String, Object>> links(Map<String, Set<String>> targets) {
    List<Map<String, Object>> links = new ArrayList<>();
    targets.forEach(
        (claimId, entityIds) ->
            entityIds.forEach(id -> links.add(Map.of("claimId", claimId, "entityId", id))));
    return links;
  }
}
