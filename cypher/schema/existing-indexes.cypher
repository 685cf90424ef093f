// The indexes the database has and their state, so that a start creates only the missing ones
// and waits only when one is not online yet.
SHOW INDEXES YIELD name, state;
