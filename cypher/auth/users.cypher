// Every user of the DBMS, for setting the password of neo4j (create it when it is missing).
SHOW USERS YIELD user RETURN user;
