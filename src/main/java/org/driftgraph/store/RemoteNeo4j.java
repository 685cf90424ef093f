package org.driftgraph.store;

import java.net.URI;
import java.util.Set;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** A Neo4j server reached over Bolt with basic auth. */
public final class RemoteNeo4j implements GraphConnection {
  private static final Set<String> SCHEMES =
      Set.of("bolt", "neo4j", "bolt+s", "neo4j+s", "bolt+ssc", "neo4j+ssc");

  private final URI uri;
  private final Driver driver;

  private RemoteNeo4j(URI uri, Driver driver) {
    this.uri = uri;
    this.driver = driver;
  }

  /** Connects and checks that the server answers; the error names the URI when it does not. */
  public static RemoteNeo4j connect(URI uri, String user, String password) {
    if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme())) {
      throw new StoreException(
          "cannot connect to " + uri + ": the scheme must be bolt:// or neo4j://");
    }
    Driver driver;
    try {
      driver =
          GraphDatabase.driver(
              uri,
              AuthTokens.basic(user, password),
              Config.builder().withLogging(Logging.none()).build());
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to " + uri + ": " + e.getMessage(), e);
    }
    try {
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      driver.close();
      throw new StoreException("cannot connect to " + uri + ": " + e.getMessage(), e);
    }
    return new RemoteNeo4j(uri, driver);
  }

  @Override
  public Driver driver() {
    return driver;
  }

  @Override
  public String describe() {
    return "Neo4j at " + uri;
  }

  @Override
  public void close() {
    driver.close();
  }
}
