// name: migration-chain
// description: The migration chain of one actor or outlet: its MIGRATED_TO facts in time order (first date ascending, undated last, then destination id), each with the platforms left (sorted ids, from the claims' FROM links), the destination, the date and the claims as evidence. No rows when the actor has no MIGRATED_TO facts.
// param: actor string - id of the actor or outlet, e.g. isis
MATCH (actor:Entity {id: $actor})-[migration:MIGRATED_TO]->(to:Entity)
CALL (actor, to) {
  MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to)
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN collect({claim: claim.id, article: article.id, title: article.title, file: article.file,
                  date: claim.date, start: claim.start, sentence: claim.sentence}) AS evidence
}
WITH actor, migration, to, evidence,
     COLLECT {
       MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to)
       MATCH (claim)-[:FROM]->(origin:Entity)
       WITH DISTINCT origin.id AS id
       RETURN id ORDER BY id
     } AS from
ORDER BY migration.firstDate, to.id
RETURN actor.id AS actor, actor.name AS actorName, actor.type AS actorType,
       collect({from: from, to: to.id, toName: to.name, toType: to.type,
                date: migration.firstDate, evidence: evidence}) AS steps
