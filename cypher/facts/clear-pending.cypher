// Removes the mark of subjects whose facts have just been derived. Marked subjects are entities,
// found by the unique id of Entity: FactsPending has no index, and matching on it would scan
// every marked node for each id.
// $subjectIds: entity ids.
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $subjectIds AS sid
MATCH (s:Entity {id: sid})
REMOVE s:FactsPending;
