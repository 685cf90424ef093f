// name: carried-events
// description: The events whose first carriers a report lists: of every event some ANNOUNCED_ON claim is about, the $limit with the most such claims, by id, each row with the number of such events in all.
// param: limit integer 25 rows returned
MATCH (event:Event)<-[:ABOUT]-(claim:Claim {type: 'ANNOUNCED_ON'})
WITH event, count(claim) AS claims
ORDER BY claims DESC, event.id
WITH collect(event) AS events
UNWIND events[0..$limit] AS event
WITH event, size(events) AS total
ORDER BY event.id
RETURN event.id AS id, event.name AS name, event.type AS type, total
