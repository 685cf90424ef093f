// name: displacement
// description: For each ban, where the banned actor went and after how long: every dated BANNED_BY fact (actor to banner) with, per destination other than the banner, the earliest MIGRATED_TO claim of the actor dated not before the ban (both dates cut to the shorter of the two before comparing), the whole calendar days between them when both give the day, and the claims of both as evidence (the $evidence strongest of each when it is not 0) with their numbers. Ordered by actor, banner and destination.
// param: evidence integer 0 claims kept per evidence list, the strongest (asserted before reported before hedged, then the most confident, then the earliest), listed in evidence order; 0 keeps them all
MATCH (actor:Entity)-[ban:BANNED_BY]->(banner:Entity)
WHERE ban.firstDate IS NOT NULL
CALL (actor, banner) {
  MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'BANNED_BY'})-[:OBJECT]->(banner)
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY CASE claim.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END,
           coalesce(claim.confidence, 0) DESC, claim.date, article.file, claim.start, claim.id
  LIMIT CASE WHEN $evidence > 0 THEN $evidence ELSE 2147483647 END
  WITH claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN collect({claim: claim.id, article: article.id, title: article.title, file: article.file,
                  date: claim.date, start: claim.start, sentence: claim.sentence}) AS banEvidence
}
WITH actor, banner, ban, banEvidence,
     COUNT {
       MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'BANNED_BY'})-[:OBJECT]->(banner)
       MATCH (claim)-[:STATED_IN]->(:Article)
     } AS banClaims
CALL (actor, banner, ban) {
  MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to:Entity)
  WHERE to <> banner AND claim.date IS NOT NULL
  WITH to, claim,
       CASE WHEN size(claim.date) < size(ban.firstDate) THEN size(claim.date) ELSE size(ban.firstDate) END AS precision
  WHERE left(claim.date, precision) >= left(ban.firstDate, precision)
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH to, min(claim.date) AS arrivalDate, count(*) AS migrationClaims
  CALL (actor, ban, to) {
    MATCH (actor)<-[:SUBJECT]-(claim:Claim {type: 'MIGRATED_TO'})-[:OBJECT]->(to)
    WHERE claim.date IS NOT NULL
    WITH claim,
         CASE WHEN size(claim.date) < size(ban.firstDate) THEN size(claim.date) ELSE size(ban.firstDate) END AS precision
    WHERE left(claim.date, precision) >= left(ban.firstDate, precision)
    MATCH (claim)-[:STATED_IN]->(article:Article)
    WITH claim, article
    ORDER BY CASE claim.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END,
             coalesce(claim.confidence, 0) DESC, claim.date, article.file, claim.start, claim.id
    LIMIT CASE WHEN $evidence > 0 THEN $evidence ELSE 2147483647 END
    WITH claim, article
    ORDER BY claim.date, article.file, claim.start, claim.id
    RETURN collect({claim: claim.id, article: article.id, title: article.title, file: article.file,
                    date: claim.date, start: claim.start, sentence: claim.sentence}) AS migrationEvidence
  }
  RETURN to, arrivalDate, migrationClaims, migrationEvidence
}
RETURN actor.id AS actor, actor.name AS actorName, actor.type AS actorType,
       banner.id AS bannedBy, banner.name AS bannedByName, banner.type AS bannedByType,
       ban.firstDate AS banDate,
       to.id AS to, to.name AS toName, to.type AS toType,
       arrivalDate,
       CASE WHEN ban.firstDate =~ '\\d{4}-\\d{2}-\\d{2}.*' AND arrivalDate =~ '\\d{4}-\\d{2}-\\d{2}.*'
         THEN duration.inDays(date(left(ban.firstDate, 10)), date(left(arrivalDate, 10))).days END AS days,
       banEvidence, banClaims, migrationEvidence, migrationClaims
ORDER BY actor, bannedBy, to
