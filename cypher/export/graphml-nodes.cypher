// GraphML nodes. The node key is "<id space>/<id>" because Entity, Article and Claim ids are
// unique only within their label; label is the most specific label (the entity type label,
// else Article or Claim), labels the Neo4j labels as ":Entity:Platform". caption is what a
// person reads on the node (Gephi shows the GraphML key "label"): an entity's English name, an
// article's title, a claim's type and date.
MATCH (n)
WHERE n:Entity OR n:Article OR n:Claim
WITH n, CASE WHEN n:Entity THEN 'Entity' WHEN n:Article THEN 'Article' ELSE 'Claim' END AS space
WITH n, space, [l IN labels(n) WHERE l <> space] AS others
RETURN space + '/' + n.id AS key,
       coalesce(head(others), space) AS label,
       reduce(text = ':' + space, l IN others | text + ':' + l) AS labels,
       CASE space
         WHEN 'Entity' THEN coalesce(n.name, n.id)
         WHEN 'Article' THEN coalesce(n.title, n.url, n.id)
         ELSE coalesce(n.type, 'Claim') + coalesce(' ' + n.date, '')
       END AS caption,
       properties(n) AS properties
ORDER BY key
