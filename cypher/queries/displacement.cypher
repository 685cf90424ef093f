// name: displacement
// description: For each ban, where the banned actor went and after how long: every dated BANNED_BY fact (actor to banner) with, per destination other than the banner, the earliest MIGRATED_TO claim of the actor dated not before the ban (both dates cut to the shorter of the two before comparing), the whole calendar days between them when both give the day, and the claims of both as evidence. Ordered by actor, banner and destination.
MATCH (actor:Entity)-[ban:BANNED_BY]->(banner:Entity)
WHERE ban.firstDate IS NOT NULL
CALL (actor, banner) {
  MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'BANNED_BY'})-[:OBJECT]->(banner)
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN collect({claim: claim.id, article: article.id, title: article.title, file: article.file,
                  date: claim.date, start: claim.start, sentence: claim.sentence}) AS banEvidence
}
CALL (actor, banner, ban) {
  MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to:Entity)
  WHERE to <> banner AND claim.date IS NOT NULL
  WITH to, claim,
       CASE WHEN size(claim.date) < size(ban.firstDate) THEN size(claim.date) ELSE size(ban.firstDate) END AS precision
  WHERE left(claim.date, precision) >= left(ban.firstDate, precision)
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH to, claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN to, min(claim.date) AS arrivalDate,
         collect({claim: claim.id, article: article.id, title: article.title, file: article.file,
                  date: claim.date, start: claim.start, sentence: claim.sentence}) AS migrationEvidence
}
RETURN actor.id AS actor, actor.name AS actorName, actor.type AS actorType,
       banner.id AS bannedBy, banner.name AS bannedByName, banner.type AS bannedByType,
       ban.firstDate AS banDate,
       to.id AS to, to.name AS toName, to.type AS toType,
       arrivalDate,
       CASE WHEN ban.firstDate =~ '\\d{4}-\\d{2}-\\d{2}.*' AND arrivalDate =~ '\\d{4}-\\d{2}-\\d{2}.*'
         THEN duration.inDays(date(left(ban.firstDate, 10)), date(left(arrivalDate, 10))).days END AS days,
       banEvidence, migrationEvidence
ORDER BY actor, bannedBy, to
