// claims.csv: one row per :Claim. Column aliases are the neo4j-admin import header.
MATCH (n:Claim)
RETURN n.id AS `id:ID(Claim)`,
       labels(n) AS `:LABEL`,
       n.type AS type,
       n.sentence AS sentence,
       n.sentenceStart AS `sentenceStart:int`,
       n.start AS `start:int`,
       n.end AS `end:int`,
       n.date AS date,
       n.datePrecision AS datePrecision,
       n.modality AS modality,
       n.confidence AS `confidence:double`,
       n.rule AS rule
ORDER BY n.id
