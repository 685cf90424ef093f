// articles.csv: one row per :Article. Column aliases are the neo4j-admin import header.
MATCH (n:Article)
RETURN n.id AS `id:ID(Article)`,
       labels(n) AS `:LABEL`,
       n.sourceKey AS sourceKey,
       n.title AS title,
       n.url AS url,
       n.published AS published,
       n.language AS language,
       n.publisher AS publisher,
       n.file AS file,
       n.sha256 AS sha256,
       n.encoding AS encoding,
       n.encodingEvidence AS encodingEvidence,
       n.text AS text
ORDER BY n.id
