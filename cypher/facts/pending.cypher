// The subjects marked by mark-pending.cypher whose facts are still to be derived.
MATCH (s:FactsPending)
RETURN s.id AS id
ORDER BY id;
