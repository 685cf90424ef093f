// Whether the server has the Graph Data Science procedures the centrality analyses call.
SHOW PROCEDURES YIELD name
WHERE name = 'gds.pageRank.stream'
RETURN count(*) > 0 AS available;
