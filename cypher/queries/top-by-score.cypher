// name: top-by-score
// description: Entities ranked by a score that `analyze centrality --write` stored on them (pagerank, betweenness, degree, closeness, eigenvector on the facts projection; platformsPagerank and the like on platforms). Entities without the property are left out.
// param: property string pagerank the score property, e.g. pagerank, betweenness or platformsPagerank
// param: limit integer 10 how many entities to return
MATCH (e:Entity)
WHERE e[$property] IS NOT NULL
RETURN e.id AS id, e.name AS name, e.type AS type, e[$property] AS score
ORDER BY score DESC, id ASC
LIMIT $limit
