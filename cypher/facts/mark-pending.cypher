// Marks subjects whose claims a batch changed, so that their facts are derived once when the
// import ends instead of after every batch. The mark is written in the batch's transaction: an
// import that stops half-way leaves it, and the next import derives those facts too.
// $subjectIds: entity ids.
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $subjectIds AS sid
MATCH (s:Entity {id: sid})
SET s:FactsPending;
