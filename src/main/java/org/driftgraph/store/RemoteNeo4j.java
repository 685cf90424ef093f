package org.driftgraph.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;

/**
 * A Neo4j server reached over Bolt with basic auth, on the user's home database or on one named
 * database.
 */
public final class RemoteNeo4j implements GraphConnection {
  private static final Set<String> SCHEMES =
      Set.of("bolt", "neo4j", "bolt+s", "neo4j+s", "bolt+ssc", "neo4j+ssc");

  private final URI uri;
  private final String database;
  private final Driver driver;

  private RemoteNeo4j(URI uri, String database, Driver driver) {
    this.uri = uri;
    this.database = database;
    this.driver = driver;
  }

  /**
   * Connects to the user's home database; the error names the URI when the server does not answer.
   */
  public static RemoteNeo4j connect(URI uri, String user, String password) {
    return connect(uri, user, password, null);
  }

  /**
   * Connects and checks that the server answers and has the database; the error names the URI (and
   * the database) when it does not.
   *
   * @param database the database every session uses, or null for the user's home database
   */
  public static RemoteNeo4j connect(URI uri, String user, String password, String database) {
    return connect(uri, user, password, database, null);
  }

  /**
   * As {@link #connect(URI, String, String, String)}, verifying the server's certificate against
   * the certificates in {@code trustCert} instead of the JVM's trust store.
   *
   * @param trustCert a PEM file, or null for the system trust store; only with a {@code +s} scheme
   */
  public static RemoteNeo4j connect(
      URI uri, String user, String password, String database, Path trustCert) {
    if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme())) {
      throw new StoreException(
          "cannot connect to " + uri + ": the scheme must be bolt:// or neo4j://");
    }
    Driver driver;
    try {
      driver = TrustedDriver.create(uri, AuthTokens.basic(user, password), trustCert);
    } catch (RuntimeException e) {
      throw new StoreException("cannot connect to " + uri + ": " + e.getMessage(), e);
    }
    try {
      driver.verifyConnectivity();
    } catch (AuthenticationException e) {
      driver.close();
      throw new StoreException(
          "Neo4j at "
              + uri
              + " refused user '"
              + user
              + "': the password is not the server's (a server started with NEO4J_AUTH keeps its"
              + " first password until it is changed there)",
          e);
    } catch (RuntimeException e) {
      driver.close();
      throw new StoreException("cannot connect to " + uri + ": " + e.getMessage(), e);
    }
    if (database == null) {
      return new RemoteNeo4j(uri, null, driver);
    }
    Driver bound = new DatabaseBoundDriver(driver, database);
    try (Session session = bound.session()) {
      // db.info() runs in any database, the system database included.
      session.run("CALL db.info()").consume();
    } catch (FatalDiscoveryException e) {
      bound.close();
      throw new StoreException(
          "Neo4j at " + uri + " has no database '" + database + "': " + e.getMessage(), e);
    } catch (RuntimeException e) {
      bound.close();
      throw new StoreException(
          "cannot use database '" + database + "' at " + uri + ": " + e.getMessage(), e);
    }
    return new RemoteNeo4j(uri, database, bound);
  }

  @Override
  public Driver driver() {
    return driver;
  }

  @Override
  public CypherTransactions transactions() {
    return CypherTransactions.over(driver);
  }

  /** A server has GDS and APOC installed or not; a client cannot add them. */
  @Override
  public void loadProcedures() {}

  @Override
  public Optional<StoreState> storeState() {
    return Optional.empty();
  }

  @Override
  public StartTimes startTimes() {
    return StartTimes.NONE;
  }

  @Override
  public String describe() {
    return "Neo4j at " + uri + (database == null ? "" : ", database " + database);
  }

  @Override
  public void close() {
    driver.close();
  }
}
