// name: timeline-rows
// description: The first $limit dated bans, migrations and announcements, one row per claim, earliest first, as the saved query timeline gives them all.
// param: limit integer 100 rows returned
MATCH (claim:Claim)
WHERE claim.type IN ['BANNED_BY', 'MIGRATED_TO', 'ANNOUNCED_ON'] AND claim.date IS NOT NULL
MATCH (claim)-[:SUBJECT]->(subject:Entity)
MATCH (claim)-[:OBJECT]->(object:Entity)
MATCH (claim)-[:STATED_IN]->(article:Article)
RETURN claim.date AS date, claim.datePrecision AS precision, claim.type AS type,
       subject.id AS subject, subject.name AS subjectName, object.id AS object, object.name AS objectName,
       claim.id AS claim, article.id AS article, article.title AS title, article.url AS url,
       article.published AS published, claim.sentence AS sentence
ORDER BY date, type, subject, object, claim
LIMIT $limit
