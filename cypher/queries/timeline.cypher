// name: timeline
// description: Dated bans, migrations and announcements, one row per claim, earliest first: the claim's date and precision, type, subject, object, and the article that states it.
MATCH (claim:Claim)-[:SUBJECT]->(subject:Entity)
WHERE claim.type IN ['BANNED_BY', 'MIGRATED_TO', 'ANNOUNCED_ON'] AND claim.date IS NOT NULL
MATCH (claim)-[:OBJECT]->(object:Entity)
MATCH (claim)-[:STATED_IN]->(article:Article)
RETURN claim.date AS date, claim.datePrecision AS precision, claim.type AS type,
       subject.id AS subject, subject.name AS subjectName, object.id AS object, object.name AS objectName,
       claim.id AS claim, article.id AS article, article.title AS title, article.url AS url,
       article.published AS published, claim.sentence AS sentence
ORDER BY date, type, subject, object, claim
