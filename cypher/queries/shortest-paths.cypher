// name: shortest-paths
// description: Shortest paths between two entities over the facts read as undirected, up to maxHops hops: the first path in id-sequence order, or every shortest path with all=true. A path is a sequence of entities; each hop carries one fact (MIGRATED_TO, BANNED_BY, ANNOUNCED_ON, OWNED_BY first, then the secondary types; the fact pointing along the walk before one pointing against it) with its date and its claims as evidence. No rows when no path is that short.
// param: from string - id of the entity the path starts at, e.g. nashir-news-agency
// param: to string - id of the entity the path ends at, e.g. mail-ru-group
// param: maxHops integer 6 the longest path considered (1 to 15)
// param: all boolean false every shortest path instead of the first
MATCH (start:Entity {id: $from}), (end:Entity {id: $to})
WHERE start <> end
// Parallel facts make several relationship paths over one entity sequence: keep each sequence once.
MATCH p = allShortestPaths(
  (start)-[:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH*..15]-(end))
// The hop limit applies to the shortest paths found, so that it cannot turn the search exhaustive.
WITH p
WHERE length(p) <= $maxHops
WITH DISTINCT nodes(p) AS walk
WITH walk, [n IN walk | n.id] AS ids
ORDER BY ids
WITH collect(walk) AS walks
UNWIND CASE WHEN $all THEN walks ELSE walks[0..1] END AS walk
CALL (walk) {
  UNWIND range(0, size(walk) - 2) AS i
  WITH i, walk[i] AS here, walk[i + 1] AS next
  CALL (here, next) {
    MATCH (here)-[fact]-(next)
    WITH fact, startNode(fact) = here AS forward,
         {MIGRATED_TO: 0, BANNED_BY: 1, ANNOUNCED_ON: 2, OWNED_BY: 3,
          AFFILIATED_WITH: 4, CLAIMED: 5, ACTIVE_ON: 6, PARTNERED_WITH: 7}[type(fact)] AS preference
    WHERE preference IS NOT NULL
    WITH fact, forward
    ORDER BY preference, forward DESC
    LIMIT 1
    RETURN fact, forward
  }
  CALL (fact) {
    WITH startNode(fact) AS subject, endNode(fact) AS object, type(fact) AS type
    MATCH (subject)<-[:SUBJECT]-(claim:Claim {type: type})-[:OBJECT]->(object)
    MATCH (claim)-[:STATED_IN]->(article:Article)
    WITH claim, article
    ORDER BY claim.date, article.file, claim.start, claim.id
    RETURN collect({claim: claim.id, article: article.id, title: article.title, file: article.file,
                    date: claim.date, start: claim.start, sentence: claim.sentence}) AS evidence
  }
  WITH i, here, next, fact, forward, evidence
  ORDER BY i
  RETURN collect({from: here.id, type: type(fact), to: next.id, forward: forward,
                  firstDate: fact.firstDate, evidence: evidence}) AS steps
}
RETURN size(walk) - 1 AS length,
       [n IN walk | n.id] AS ids,
       [n IN walk | {id: n.id, name: n.name, type: n.type}] AS nodes,
       steps
ORDER BY ids
