// Which of the batch's articles are already stored, what they were stored as (the fingerprint of
// their text, metadata and extraction), what they were extracted from (ArticleInputs), and the
// subjects of their current claims (their facts must be re-derived when the claims are replaced).
// $ids: article ids.
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)<-[:STATED_IN]-(:Claim)-[:SUBJECT]->(s:Entity)
RETURN a.id AS id, a.fingerprint AS fingerprint, a.inputs AS inputs, collect(DISTINCT s.id) AS subjects;
