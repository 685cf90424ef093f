// Removes the mark of subjects whose facts have just been derived.
// $subjectIds: entity ids.
UNWIND $subjectIds AS sid
MATCH (s:FactsPending {id: sid})
REMOVE s:FactsPending;
