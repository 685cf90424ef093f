// name: strongest-statements
// description: The facts a report spells out, with their strongest claims: per fact type the $factsPerType facts with the most claims, each with its number of claims and its $claimsPerFact strongest claims (asserted before reported before hedged, then the most confident, then the earliest), listed in claim date order. Ordered by type, subject, object.
// param: factsPerType integer 50 facts listed per fact type
// param: claimsPerFact integer 3 claims shown per fact
UNWIND ['ACTIVE_ON', 'AFFILIATED_WITH', 'ANNOUNCED_ON', 'BANNED_BY', 'CLAIMED', 'MIGRATED_TO', 'OWNED_BY', 'PARTNERED_WITH'] AS factType
CALL (factType) {
  MATCH (subject:Entity)-[fact]->(object:Entity)
  WHERE type(fact) = factType
  WITH subject, fact, object
  ORDER BY coalesce(fact.evidence, 0) DESC, subject.id, object.id
  LIMIT $factsPerType
  RETURN subject, fact, object
}
CALL (subject, fact, object) {
  MATCH (subject)<-[:SUBJECT]-(claim:Claim {type: type(fact)})-[:OBJECT]->(object)
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY CASE claim.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END,
           coalesce(claim.confidence, 0) DESC, claim.date, article.file, claim.start, claim.id
  LIMIT $claimsPerFact
  WITH claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN collect({claim: claim.id, article: article.id, title: article.title, url: article.url,
                  published: article.published, date: claim.date, modality: claim.modality,
                  sentence: claim.sentence}) AS evidence
}
RETURN factType AS type, subject.id AS subject, subject.name AS subjectName,
       object.id AS object, object.name AS objectName, fact.firstDate AS firstDate,
       coalesce(fact.evidence, size(evidence)) AS claims, evidence
ORDER BY type, subject, object
