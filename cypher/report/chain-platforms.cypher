// name: chain-platforms
// description: The platforms whose ownership chains a report lists: of every platform with an OWNED_BY fact, the $limit with the most claims behind them, by id, each row with the number of such platforms in all.
// param: limit integer 25 rows returned
MATCH (platform:Platform)-[owned:OWNED_BY]->(:Entity)
WITH platform, sum(coalesce(owned.evidence, 0)) AS claims
ORDER BY claims DESC, platform.id
WITH collect(platform) AS platforms
UNWIND platforms[0..$limit] AS platform
WITH platform, size(platforms) AS total
ORDER BY platform.id
RETURN platform.id AS id, platform.name AS name, platform.type AS type, total
