// Runs on the system database while no connector is open (see store.AuthMaintenance): the neo4j
// user gets the store's password, with no change forced at the first login (Browser and cypher-shell
// would ask for one).
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED;
