// name: statements
// description: Every fact with its evidence: type, subject, object, first date, and each claim behind it (article id, title, url, published date, claim date, sentence) in claim date order. Ordered by type, subject, object.
MATCH (subject:Entity)-[fact]->(object:Entity)
WHERE type(fact) IN ['MIGRATED_TO', 'BANNED_BY', 'ANNOUNCED_ON', 'OWNED_BY', 'AFFILIATED_WITH', 'CLAIMED', 'ACTIVE_ON', 'PARTNERED_WITH']
CALL (subject, fact, object) {
  MATCH (subject)<-[:SUBJECT]-(claim:Claim {type: type(fact)})-[:OBJECT]->(object)
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN collect({claim: claim.id, article: article.id, title: article.title, url: article.url,
                  published: article.published, date: claim.date, modality: claim.modality,
                  sentence: claim.sentence}) AS evidence
}
RETURN type(fact) AS type, subject.id AS subject, subject.name AS subjectName,
       object.id AS object, object.name AS objectName, fact.firstDate AS firstDate, evidence
ORDER BY type, subject, object
