package org.driftgraph.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.driftgraph.store.StoreLocation;

/**
 * How to reach a Neo4j server, from the options and the environment. Neo4j's own tools
 * (cypher-shell, the drivers' examples, Aura's connection files) read {@code NEO4J_URI}, {@code
 * NEO4J_USERNAME}, {@code NEO4J_PASSWORD} and {@code NEO4J_DATABASE}; driftgraph reads them too,
 * after its options and its own {@code DRIFTGRAPH_} variables, which are more specific:
 *
 * <ul>
 *   <li>server: {@code --uri}, else the embedded store when {@code --store} is given, else {@code
 *       $NEO4J_URI}, else the embedded store;
 *   <li>user: {@code --user}, {@code $DRIFTGRAPH_NEO4J_USER}, {@code $NEO4J_USERNAME}, {@code
 *       neo4j};
 *   <li>password: {@code $DRIFTGRAPH_NEO4J_PASSWORD}, {@code $NEO4J_PASSWORD} (never an option:
 *       {@code ps} shows command lines);
 *   <li>database: {@code --database}, {@code $NEO4J_DATABASE}, the user's home database;
 *   <li>trusted certificate (for {@code neo4j+s://} and {@code bolt+s://}): {@code --trust-cert},
 *       {@code $DRIFTGRAPH_NEO4J_TRUST_CERT}, else the JVM's system trust store. Neo4j's tools have
 *       no variable for it.
 * </ul>
 *
 * @param database null for the user's home database
 * @param trustCert null for the system trust store
 */
record ServerSettings(URI uri, String user, String password, String database, Path trustCert) {
  static final String URI_VARIABLE = "NEO4J_URI";
  static final String USERNAME_VARIABLE = "NEO4J_USERNAME";
  static final String NEO4J_PASSWORD_VARIABLE = "NEO4J_PASSWORD";
  static final String DATABASE_VARIABLE = "NEO4J_DATABASE";
  static final String USER_VARIABLE = "DRIFTGRAPH_NEO4J_USER";
  static final String DEFAULT_USER = "neo4j";
  static final String TRUST_CERT_VARIABLE = "DRIFTGRAPH_NEO4J_TRUST_CERT";

  /** The name of the embedded store's only database. */
  static final String EMBEDDED_DATABASE = "neo4j";

  /** How the password variables read in a message. */
  static final String PASSWORD_SOURCES =
      "$" + CliContext.PASSWORD_VARIABLE + " (or $" + NEO4J_PASSWORD_VARIABLE + ")";

  ServerSettings {
    if (uri == null || user == null || password == null) {
      throw new IllegalArgumentException("a server needs a URI, a user and a password");
    }
  }

  /** The system trust store. */
  ServerSettings(URI uri, String user, String password, String database) {
    this(uri, user, password, database, null);
  }

  /**
   * The server the options and the environment name, or empty for the embedded store.
   *
   * @param uriOption {@code --uri}, or null
   * @param storeGiven whether {@code --store} was given: it keeps {@code $NEO4J_URI} out
   * @param userOption {@code --user}, or null
   * @param databaseOption {@code --database}, or null
   */
  static Optional<ServerSettings> resolve(
      URI uriOption,
      boolean storeGiven,
      String userOption,
      String databaseOption,
      Map<String, String> env) {
    return resolve(uriOption, storeGiven, userOption, databaseOption, null, env);
  }

  /**
   * As above, with the trusted certificate file.
   *
   * @param trustCert {@code --trust-cert} or {@code $DRIFTGRAPH_NEO4J_TRUST_CERT} as the user's
   *     path, or null
   */
  static Optional<ServerSettings> resolve(
      URI uriOption,
      boolean storeGiven,
      String userOption,
      String databaseOption,
      Path trustCert,
      Map<String, String> env) {
    if (uriOption != null && storeGiven) {
      throw new UsageFailure(
          "--store and --uri exclude each other: choose the embedded store or a server");
    }
    URI uri = uriOption;
    String uriSource = "--uri";
    if (uri == null && !storeGiven) {
      uri = uriVariable(env);
      uriSource = "$" + URI_VARIABLE;
    }
    if (uri == null) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    if (!scheme.matches("bolt(\\+s|\\+ssc)?|neo4j(\\+s|\\+ssc)?")) {
      throw new UsageFailure(
          uriSource + " must be bolt://, neo4j:// (or +s/+ssc variants), not '" + uri + "'");
    }
    String password =
        firstSet(env.get(CliContext.PASSWORD_VARIABLE), env.get(NEO4J_PASSWORD_VARIABLE));
    if (password == null) {
      throw new UsageFailure(uriSource + " needs the password in " + PASSWORD_SOURCES);
    }
    String user =
        firstSet(userOption, env.get(USER_VARIABLE), env.get(USERNAME_VARIABLE), DEFAULT_USER);
    String database = firstSet(databaseOption, env.get(DATABASE_VARIABLE));
    if (trustCert != null && !scheme.endsWith("+s")) {
      throw new UsageFailure(
          "--trust-cert (or $"
              + TRUST_CERT_VARIABLE
              + ") needs a TLS URI, neo4j+s:// or bolt+s://, not '"
              + uri
              + "'");
    }
    return Optional.of(new ServerSettings(uri, user, password, database, trustCert));
  }

  /**
   * The embedded store has one database, {@code neo4j} (Community Edition); another name is a usage
   * error rather than a silent use of that one.
   */
  static void checkEmbeddedDatabase(String databaseOption) {
    if (databaseOption != null && !databaseOption.equals(EMBEDDED_DATABASE)) {
      throw new UsageFailure(
          "--database "
              + databaseOption
              + ": the embedded store has one database, "
              + EMBEDDED_DATABASE
              + "; other databases need a server (--uri or $"
              + URI_VARIABLE
              + ")");
    }
  }

  StoreLocation.Remote location() {
    return new StoreLocation.Remote(uri, user, password, database, trustCert);
  }

  private static URI uriVariable(Map<String, String> env) {
    String value = env.get(URI_VARIABLE);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new UsageFailure("$" + URI_VARIABLE + " is not a URI: " + e.getMessage());
    }
  }

  private static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return null;
  }
}
