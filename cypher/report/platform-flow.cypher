// name: platform-flow
// description: The platform flow a report draws: the $limit DISPLACED_TO relationships (platform left to platform joined) with the most claims behind them, with the actors that made the move, by origin and destination, each row with the number of such relationships in all.
// param: limit integer 200 rows returned
MATCH (origin:Platform)-[d:DISPLACED_TO]->(to:Platform)
WITH origin, d, to
ORDER BY coalesce(d.evidence, 0) DESC, origin.id, to.id
WITH collect({origin: origin, d: d, to: to}) AS flows
UNWIND flows[0..$limit] AS flow
WITH flow.origin AS origin, flow.d AS d, flow.to AS to, size(flows) AS total
RETURN origin.id AS from, origin.name AS fromName, to.id AS to, to.name AS toName,
       d.actors AS actors, d.evidence AS evidence, total
ORDER BY from, to
