// name: platform-flow
// description: The platform flow: every DISPLACED_TO relationship (platform left to platform joined) with the actors that made the move and the claims behind it. Ordered by origin, destination.
MATCH (origin:Platform)-[d:DISPLACED_TO]->(to:Platform)
RETURN origin.id AS from, origin.name AS fromName, to.id AS to, to.name AS toName,
       d.actors AS actors, d.evidence AS evidence
ORDER BY from, to
