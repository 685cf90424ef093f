// name: network-facts
// description: The fact graph the report's explorer draws: the $nodes entities with the most facts (then by id), the $links facts among them with the most claims, each with both ends' names and types, its number of claims and its $claimsPerFact strongest claims. Ordered by claims (most first), type, subject, object.
// param: nodes integer 150 entities drawn
// param: links integer 600 facts drawn
// param: claimsPerFact integer 2 claims shown per fact
// Each drawn subject's claims are read once and grouped by (type, object), not once per fact.
MATCH (e:Entity)-[fact]-(:Entity)
WHERE type(fact) IN ['MIGRATED_TO', 'BANNED_BY', 'ANNOUNCED_ON', 'OWNED_BY', 'AFFILIATED_WITH', 'CLAIMED', 'ACTIVE_ON', 'PARTNERED_WITH']
WITH e, count(fact) AS degree
ORDER BY degree DESC, e.id
LIMIT $nodes
WITH collect(e) AS drawn
UNWIND drawn AS subject
MATCH (subject)-[fact]->(object:Entity)
WHERE type(fact) IN ['MIGRATED_TO', 'BANNED_BY', 'ANNOUNCED_ON', 'OWNED_BY', 'AFFILIATED_WITH', 'CLAIMED', 'ACTIVE_ON', 'PARTNERED_WITH']
  AND object IN drawn
WITH subject, fact, object
ORDER BY coalesce(fact.evidence, 0) DESC, type(fact), subject.id, object.id
LIMIT $links
WITH subject, collect({fact: fact, object: object}) AS facts
CALL (subject) {
  MATCH (subject)<-[:SUBJECT]-(claim:Claim)-[:OBJECT]->(object:Entity)
  WITH claim.type AS type, object, collect(claim) AS claims
  RETURN collect({type: type, object: object, claims: claims}) AS groups
}
UNWIND facts AS drawnFact
WITH subject, drawnFact.fact AS fact, drawnFact.object AS object,
     [g IN groups WHERE g.type = type(drawnFact.fact) AND g.object = drawnFact.object | g.claims][0] AS factClaims
CALL (factClaims) {
  UNWIND coalesce(factClaims, []) AS claim
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY CASE claim.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END,
           coalesce(claim.confidence, 0) DESC, claim.date, article.file, claim.start, claim.id
  LIMIT $claimsPerFact
  RETURN collect({claim: claim.id, title: article.title, published: article.published,
                  date: claim.date, sentence: claim.sentence}) AS evidence
}
RETURN subject.id AS subject, subject.name AS subjectName, subject.type AS subjectType, type(fact) AS type,
       object.id AS object, object.name AS objectName, object.type AS objectType,
       coalesce(fact.evidence, 0) AS claims, evidence
ORDER BY claims DESC, type, subject, object
