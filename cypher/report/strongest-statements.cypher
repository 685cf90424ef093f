// name: strongest-statements
// description: The facts a report spells out, with their strongest claims: per fact type the $factsPerType facts with the most claims, each with its number of claims and its $claimsPerFact strongest claims (asserted before reported before hedged, then the most confident, then the earliest), listed in claim date order. Ordered by type, subject, object.
// param: factsPerType integer 50 facts listed per fact type
// param: claimsPerFact integer 3 claims shown per fact
// Each subject's claims are read once and grouped by (type, object), so a hub subject with many
// facts costs its claims once, not once per fact; only the chosen facts' claims are then ranked.
UNWIND ['ACTIVE_ON', 'AFFILIATED_WITH', 'ANNOUNCED_ON', 'BANNED_BY', 'CLAIMED', 'MIGRATED_TO', 'OWNED_BY', 'PARTNERED_WITH'] AS factType
CALL (factType) {
  MATCH (subject:Entity)-[fact]->(object:Entity)
  WHERE type(fact) = factType
  WITH subject, fact, object
  ORDER BY coalesce(fact.evidence, 0) DESC, subject.id, object.id
  LIMIT $factsPerType
  RETURN subject, fact, object
}
WITH subject, collect({type: factType, fact: fact, object: object}) AS facts
CALL (subject) {
  MATCH (subject)<-[:SUBJECT]-(claim:Claim)-[:OBJECT]->(object:Entity)
  WITH claim.type AS type, object, collect(claim) AS claims
  RETURN collect({type: type, object: object, claims: claims}) AS groups
}
UNWIND facts AS chosen
WITH chosen.type AS factType, subject, chosen.fact AS fact, chosen.object AS object,
     [g IN groups WHERE g.type = chosen.type AND g.object = chosen.object | g.claims][0] AS factClaims
CALL (factClaims) {
  UNWIND coalesce(factClaims, []) AS claim
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
