// name: migration-chain
// description: The migration chain of one actor or outlet: its MIGRATED_TO facts in time order (first date ascending, undated last, then destination id), each with the platforms left (sorted ids, from the claims' FROM links), the destination, the date, the claims as evidence (the $evidence strongest when it is not 0) and their number. No rows when the actor has no MIGRATED_TO facts.
// param: actor string - id of the actor or outlet, e.g. isis
// param: evidence integer 0 claims kept per evidence list, the strongest (asserted before reported before hedged, then the most confident, then the earliest), listed in evidence order; 0 keeps them all
MATCH (actor:Entity {id: $actor})-[migration:MIGRATED_TO]->(to:Entity)
CALL (actor, to) {
  MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to)
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY CASE claim.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END,
           coalesce(claim.confidence, 0) DESC, claim.date, article.file, claim.start, claim.id
  LIMIT CASE WHEN $evidence > 0 THEN $evidence ELSE 2147483647 END
  WITH claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN collect({claim: claim.id, article: article.id, title: article.title, file: article.file,
                  date: claim.date, start: claim.start, sentence: claim.sentence}) AS evidence
}
WITH actor, migration, to, evidence,
     COUNT {
       MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to)
       MATCH (claim)-[:STATED_IN]->(:Article)
     } AS claims,
     COLLECT {
       MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to)
       MATCH (claim)-[:FROM]->(origin:Entity)
       WITH DISTINCT origin.id AS id
       RETURN id ORDER BY id
     } AS from
ORDER BY migration.firstDate, to.id
RETURN actor.id AS actor, actor.name AS actorName, actor.type AS actorType,
       collect({from: from, to: to.id, toName: to.name, toType: to.type,
                date: migration.firstDate, evidence: evidence, claims: claims}) AS steps
