// name: facts-around
// description: The fact graph around some entities: every fact (not DISPLACED_TO) with at least one end among the given ids, with both ends' names and types and the number of claims. Ordered by subject, type, object.
// param: ids string - entity ids, comma separated, e.g. isis,telegram,tamtam
MATCH (subject:Entity)-[fact]->(object:Entity)
WHERE type(fact) IN ['MIGRATED_TO', 'BANNED_BY', 'ANNOUNCED_ON', 'OWNED_BY', 'AFFILIATED_WITH', 'CLAIMED', 'ACTIVE_ON', 'PARTNERED_WITH']
  AND (subject.id IN split($ids, ',') OR object.id IN split($ids, ','))
RETURN subject.id AS subject, subject.name AS subjectName, subject.type AS subjectType, type(fact) AS type,
       object.id AS object, object.name AS objectName, object.type AS objectType, fact.evidence AS evidence
ORDER BY subject, type, object
