// FollowTheMoney export: every fact (not DISPLACED_TO, which is derived for paths) with both ends,
// its dates and the articles and sentences of the claims behind it.
MATCH (subject:Entity)-[fact:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY|AFFILIATED_WITH|CLAIMED|ACTIVE_ON|PARTNERED_WITH]->(object:Entity)
OPTIONAL MATCH (subject)<-[:SUBJECT]-(claim:Claim {type: type(fact)})-[:OBJECT]->(object)
OPTIONAL MATCH (claim)-[:STATED_IN]->(article:Article)
WITH subject, fact, object, claim, article
ORDER BY claim.date, claim.id
WITH subject, fact, object,
     collect(DISTINCT article.id) AS articleIds,
     collect(DISTINCT article.url) AS urls,
     collect(DISTINCT claim.sentence) AS sentences
RETURN subject.id AS subject, subject.name AS subjectName,
       [l IN labels(subject) WHERE l <> 'Entity'][0] AS subjectLabel, subject.kind AS subjectKind,
       type(fact) AS type,
       object.id AS object, object.name AS objectName,
       [l IN labels(object) WHERE l <> 'Entity'][0] AS objectLabel, object.kind AS objectKind,
       fact.firstDate AS firstDate, fact.lastDate AS lastDate, fact.evidence AS evidence,
       fact.articles AS articles, fact.modality AS modality, fact.from AS from,
       articleIds, urls, sentences
ORDER BY subject, type, object
