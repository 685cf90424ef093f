// name: first-carriers
// description: Which platforms carried announcements or claims about an event, earliest first: per platform, the earliest date of its dated ANNOUNCED_ON claims about the event (string minimum of the partial ISO dates), who made them (sorted ids), the claims as evidence (the $evidence strongest when it is not 0) and their number, the rank (ties by platform id) and the lag after rank 1 in minutes (when both dates give the minute) and in whole calendar days (when both give the day).
// param: event string - id of the event, e.g. london-bridge-attack-2019
// param: evidence integer 0 claims kept per evidence list, the strongest (asserted before reported before hedged, then the most confident, then the earliest), listed in evidence order; 0 keeps them all
MATCH (event:Entity {id: $event})<-[:ABOUT]-(claim:Claim {type: 'ANNOUNCED_ON'})-[:OBJECT]->(platform:Entity)
WHERE event:Event AND claim.date IS NOT NULL
MATCH (claim)-[:STATED_IN]->(article:Article)
WITH event, platform, min(claim.date) AS date, count(*) AS claims
CALL (event, platform) {
  MATCH (event)<-[:ABOUT]-(claim:Claim {type: 'ANNOUNCED_ON'})-[:OBJECT]->(platform)
  WHERE claim.date IS NOT NULL
  MATCH (claim)-[:STATED_IN]->(article:Article)
  WITH claim, article
  ORDER BY CASE claim.modality WHEN 'asserted' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END,
           coalesce(claim.confidence, 0) DESC, claim.date, article.file, claim.start, claim.id
  LIMIT CASE WHEN $evidence > 0 THEN $evidence ELSE 2147483647 END
  WITH claim, article
  ORDER BY claim.date, article.file, claim.start, claim.id
  RETURN collect({claim: claim.id, article: article.id, title: article.title, file: article.file,
                  date: claim.date, start: claim.start, sentence: claim.sentence}) AS evidence
}
WITH platform, date, evidence, claims,
     COLLECT {
       MATCH (event)<-[:ABOUT]-(claim:Claim {type: 'ANNOUNCED_ON'})-[:OBJECT]->(platform)
       WHERE claim.date IS NOT NULL
       MATCH (claim)-[:SUBJECT]->(subject:Entity)
       WITH DISTINCT subject.id AS id
       RETURN id ORDER BY id
     } AS subjects
ORDER BY date, platform.id
WITH collect({platform: platform, date: date, subjects: subjects, evidence: evidence, claims: claims}) AS carriers
UNWIND range(0, size(carriers) - 1) AS i
WITH carriers[0].date AS first, i + 1 AS rank, carriers[i] AS carrier
// Minute precision reads yyyy-MM-ddTHH:mm; day precision yyyy-MM-dd. Lags need both dates that precise.
WITH rank, carrier, first,
     first =~ '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*' AND carrier.date =~ '\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*' AS minutes,
     first =~ '\\d{4}-\\d{2}-\\d{2}.*' AND carrier.date =~ '\\d{4}-\\d{2}-\\d{2}.*' AS days
RETURN rank,
       carrier.platform.id AS id, carrier.platform.name AS name, carrier.platform.type AS type,
       carrier.date AS date, carrier.subjects AS subjects,
       CASE WHEN minutes
         THEN duration.inSeconds(datetime(first), datetime(carrier.date)).seconds / 60 END AS lagMinutes,
       CASE WHEN days
         THEN duration.inDays(date(left(first, 10)), date(left(carrier.date, 10))).days END AS lagDays,
       carrier.evidence AS evidence, carrier.claims AS claims
ORDER BY rank
