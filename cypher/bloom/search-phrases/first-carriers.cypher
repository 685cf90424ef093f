// name: First carriers of an event: the announcements about it, platform by platform
// phrase: First carriers of $event
// param: event string - id of the event, e.g. london-bridge-attack-2019
// The ANNOUNCED_ON claims about the event with the platform that carried each and who made it.
// A claim's caption is its type and date, so the earliest carrier reads off the scene;
// `./driftgraph analyze first --event ID` ranks them with the lags.
MATCH (event:Event {id: $event})<-[about:ABOUT]-(claim:Claim {type: 'ANNOUNCED_ON'})
MATCH (claim)-[carried:OBJECT]->(platform:Entity)
MATCH (claim)-[made:SUBJECT]->(announcer:Entity)
RETURN event, about, claim, carried, platform, made, announcer
