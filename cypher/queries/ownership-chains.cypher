// name: ownership-chains
// description: Every maximal ownership chain from one platform: simple directed OWNED_BY paths that end at an owner with no owner of its own, or where going on would revisit an entity. Longest first, then by id sequence; each hop with the fact's first date, its claims as evidence (the $evidence strongest when it is not 0) and their number. No rows when the platform has no owner.
// param: platform string - id of the platform, e.g. tamtam
// param: evidence integer 0 claims kept per evidence list, the strongest (asserted before reported before hedged, then the most confident, then the earliest), listed in evidence order; 0 keeps them all
MATCH p = (start:Entity {id: $platform})-[:OWNED_BY*]->(top:Entity)
WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
  AND NOT EXISTS {
    MATCH (top)-[:OWNED_BY]->(next:Entity)
    WHERE NOT next IN nodes(p)
  }
WITH nodes(p) AS walk, relationships(p) AS facts
CALL (facts) {
  UNWIND range(0, size(facts) - 1) AS i
  WITH i, facts[i] AS fact
  CALL (fact) {
    WITH startNode(fact) AS subject, endNode(fact) AS object
    MATCH (subject)<-[:SUBJECT]-(claim:Claim {type: 'OWNED_BY'})-[:OBJECT]->(object)
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
  WITH i, fact, evidence, startNode(fact) AS subject, endNode(fact) AS object
  WITH i, fact, evidence,
       COUNT {
         MATCH (subject)<-[:SUBJECT]-(claim:Claim {type: 'OWNED_BY'})-[:OBJECT]->(object)
         MATCH (claim)-[:STATED_IN]->(:Article)
       } AS claims
  ORDER BY i
  RETURN collect({from: startNode(fact).id, type: 'OWNED_BY', to: endNode(fact).id, forward: true,
                  firstDate: fact.firstDate, evidence: evidence, claims: claims}) AS steps
}
RETURN size(facts) AS length,
       [n IN walk | n.id] AS ids,
       [n IN walk | {id: n.id, name: n.name, type: n.type}] AS nodes,
       steps
ORDER BY length DESC, ids
