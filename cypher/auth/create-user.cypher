// The neo4j user when it is missing (someone dropped it): created with the store's password.
CREATE USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED;
