// Runs on the system database when `driftgraph serve` starts: the neo4j user gets the served
// password, with no change forced at the first login (Browser and cypher-shell would ask for one).
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED;
