// name: explain-fact
// description: Every claim behind one fact (subject, type, object): the article that states it, the claim's date, modality, confidence, rule, the platforms left, the events an announcement is about, and the sentence with the offsets of the matched span. When the subject or the object is not in the graph, one row without claim whose knownIds lists every entity id, so that the nearest can be suggested.
// param: subject string - id of the subject entity, e.g. isis
// param: type string - relation type, e.g. MIGRATED_TO
// param: object string - id of the object entity, e.g. tamtam
OPTIONAL MATCH (s:Entity {id: $subject})
OPTIONAL MATCH (o:Entity {id: $object})
CALL (s, o) {
  WITH s, o
  WHERE s IS NULL OR o IS NULL
  MATCH (e:Entity)
  RETURN collect(e.id) AS knownIds
}
OPTIONAL MATCH (s)<-[:SUBJECT]-(c:Claim {type: $type})-[:OBJECT]->(o)
OPTIONAL MATCH (c)-[:STATED_IN]->(a:Article)
OPTIONAL MATCH (c)-[:FROM]->(f:Entity)
WITH s, o, knownIds, c, a, collect(f.id) AS fromIds
CALL (c) {
  OPTIONAL MATCH (c)-[:ABOUT]->(e:Entity)
  WITH e
  ORDER BY e.id
  RETURN collect(e.id) AS eventIds
}
RETURN s.id AS subject, o.id AS object, knownIds,
       c.id AS claim, c.date AS date, c.datePrecision AS datePrecision, c.modality AS modality,
       c.confidence AS confidence, c.rule AS rule, fromIds, eventIds,
       c.sentence AS sentence, c.sentenceStart AS sentenceStart, c.start AS start, c.end AS end,
       a.id AS article, a.title AS title, a.file AS file, a.url AS url, a.published AS published
ORDER BY coalesce(c.date, a.published) ASC, a.file ASC, c.start ASC
