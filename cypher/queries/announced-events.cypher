// name: announced-events
// description: Every event that some ANNOUNCED_ON claim is about, by id: the events whose first carriers a report lists.
MATCH (event:Event)<-[:ABOUT]-(:Claim {type: 'ANNOUNCED_ON'})
RETURN DISTINCT event.id AS id, event.name AS name, event.type AS type
ORDER BY id
