// One fact per (subject, type, object) from the subject's claims, rebuilt in place.
// $subjectIds: entity ids; $types: the fact relationship types (RelationType names): a claim's
// type becomes a relationship type only if it is one of them.
//   evidence    claims; articles: distinct articles
//   firstDate / lastDate   min / max claim date (partial ISO strings sort in time order)
//   confidence  noisy-or of the claims' confidences: 1 - prod(1 - c)
//   modality    asserted if any claim asserts it, else reported if any reports it, else hedged
//   from        for MIGRATED_TO, the sorted distinct platforms left
//   events      for ANNOUNCED_ON, the sorted distinct events its claims are ABOUT
UNWIND $subjectIds AS sid
MATCH (s:Entity {id: sid})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity)
WHERE c.type IN $types
MATCH (c)-[:STATED_IN]->(art:Article)
// Claims in id order, so the confidence product is computed the same way every time.
WITH s, o, c, art
ORDER BY c.id
WITH s, o, c.type AS type,
     count(c) AS evidence,
     count(DISTINCT art) AS articles,
     min(c.date) AS firstDate,
     max(c.date) AS lastDate,
     collect(c.confidence) AS confidences,
     collect(c.modality) AS modalities,
     collect(c) AS claims
CALL (claims) {
  UNWIND claims AS claim
  MATCH (claim)-[:FROM]->(p:Entity)
  WITH DISTINCT p.id AS fromId
  ORDER BY fromId
  RETURN collect(fromId) AS fromIds
}
CALL (claims) {
  UNWIND claims AS claim
  MATCH (claim)-[:ABOUT]->(e:Entity)
  WITH DISTINCT e.id AS eventId
  ORDER BY eventId
  RETURN collect(eventId) AS eventIds
}
MERGE (s)-[f:$(type)]->(o)
SET f.evidence = evidence,
    f.articles = articles,
    f.firstDate = firstDate,
    f.lastDate = lastDate,
    f.confidence = 1.0 - reduce(p = 1.0, x IN confidences | p * (1.0 - x)),
    f.modality = CASE
      WHEN 'asserted' IN modalities THEN 'asserted'
      WHEN 'reported' IN modalities THEN 'reported'
      ELSE 'hedged'
    END,
    f.from = CASE WHEN type = 'MIGRATED_TO' THEN fromIds ELSE null END,
    f.events = CASE WHEN type = 'ANNOUNCED_ON' THEN eventIds ELSE null END;
