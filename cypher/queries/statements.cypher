// name: statements
// description: Every fact with its evidence: type, subject, object, first date, and each claim behind it (article id, title, url, published date, claim date, sentence) in claim date order. Ordered by type, subject, object.
// Each subject's claims of one type are read once and grouped by object, so a hub subject with many
// facts costs its claims once per fact type, not once per fact; rows come out in the facts' order,
// one fact's evidence at a time, so the result streams.
UNWIND ['ACTIVE_ON', 'AFFILIATED_WITH', 'ANNOUNCED_ON', 'BANNED_BY', 'CLAIMED', 'MIGRATED_TO', 'OWNED_BY', 'PARTNERED_WITH'] AS factType
CALL (factType) {
  MATCH (subject:Entity)-[fact]->(object:Entity)
  WHERE type(fact) = factType
  WITH subject, fact, object
  ORDER BY subject.id, object.id
  RETURN subject, collect([fact, object]) AS facts
  ORDER BY subject.id
}
CALL (factType, subject) {
  MATCH (subject)<-[:SUBJECT]-(claim:Claim)-[:OBJECT]->(object:Entity)
  WHERE claim.type = factType
  WITH object, collect(claim) AS claims
  RETURN collect({object: object, claims: claims}) AS groups
}
UNWIND facts AS pair
WITH factType, subject, pair[0] AS fact, pair[1] AS object, groups
WITH factType, subject, fact, object, [g IN groups WHERE g.object = object | g.claims][0] AS factClaims
CALL (factClaims) {
  UNWIND coalesce(factClaims, []) AS claim
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN collect({claim: claim.id, article: article.id, title: article.title, url: article.url,
                  published: article.published, date: claim.date, modality: claim.modality,
                  sentence: claim.sentence}) AS evidence
}
RETURN factType AS type, subject.id AS subject, subject.name AS subjectName,
       object.id AS object, object.name AS objectName, fact.firstDate AS firstDate, evidence
ORDER BY type, subject, object
