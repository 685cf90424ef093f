// name: graph-counts
// description: What the graph holds, in one row: articles, claims, entities, and discovered entities (found by extraction, not in the gazetteer) awaiting review.
MATCH (a:Article) WITH count(a) AS articles
MATCH (c:Claim) WITH articles, count(c) AS claims
MATCH (e:Entity)
RETURN articles, claims, count(e) AS entities, count(CASE WHEN e.discovered THEN 1 END) AS discovered
