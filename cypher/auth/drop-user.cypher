// A user other than driftgraph's own neo4j: removed before any connector opens.
DROP USER $user;
