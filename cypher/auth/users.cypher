// Every user of the DBMS, so that the ones driftgraph did not create can be removed.
SHOW USERS YIELD user RETURN user;
