// The constraints the database has, so that a start creates only the missing ones.
SHOW CONSTRAINTS YIELD name;
