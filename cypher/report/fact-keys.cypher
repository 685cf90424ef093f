// name: fact-keys
// description: Every fact as (type, subject, object) with both ends' names and types and its number of claims, without evidence: what a report compares with the previous one and ranks among. Ordered by type, subject, object.
MATCH (subject:Entity)-[fact]->(object:Entity)
WHERE type(fact) IN ['MIGRATED_TO', 'BANNED_BY', 'ANNOUNCED_ON', 'OWNED_BY', 'AFFILIATED_WITH', 'CLAIMED', 'ACTIVE_ON', 'PARTNERED_WITH']
RETURN type(fact) AS type, subject.id AS subject, subject.name AS subjectName,
       object.id AS object, object.name AS objectName, coalesce(fact.evidence, 0) AS claims
ORDER BY type, subject, object
