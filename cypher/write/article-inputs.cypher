// Records what articles were extracted from when their extraction came out as stored but the
// set-up changed (another build, an edited rule file): the next import can then leave them alone.
// $articles: [{id, inputs}].
// replan=skip: planned once, since every node it reads is found by its unique id, a plan that
// stays right as the store grows; re-planning each time the counts drift costs every import.
CYPHER replan=skip
UNWIND $articles AS a
MATCH (n:Article {id: a.id})
SET n.inputs = a.inputs;
