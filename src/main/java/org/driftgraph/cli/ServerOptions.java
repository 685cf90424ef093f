package org.driftgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that name an external Neo4j instead of the embedded store ({@code --uri}, {@code
 * --user}, {@code --database}): one declaration for every command that opens a store, through
 * {@link StoreOptions}, and for {@code shell}, which opens it its own way.
 */
public final class ServerOptions {
  @Option(
      names = "--uri",
      paramLabel = "URI",
      description =
          "External Neo4j (bolt://, neo4j://, +s/+ssc variants) instead of the embedded store"
              + " (default: $"
              + ServerSettings.URI_VARIABLE
              + " unless --store is given); the password comes from "
              + ServerSettings.PASSWORD_SOURCES
              + ".")
  private URI uri;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description =
          "User for the server (default: $"
              + ServerSettings.USER_VARIABLE
              + ", $"
              + ServerSettings.USERNAME_VARIABLE
              + ", else "
              + ServerSettings.DEFAULT_USER
              + ").")
  private String user;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      description =
          "Database on the server (default: $"
              + ServerSettings.DATABASE_VARIABLE
              + ", else the user's home database). The embedded store has only "
              + ServerSettings.EMBEDDED_DATABASE
              + ".")
  private String database;

  @Option(
      names = "--trust-cert",
      paramLabel = "FILE",
      description =
          "PEM file of the certificate (or its CA) that a neo4j+s:// or bolt+s:// server presents,"
              + " instead of the JVM's trust store; for a self-signed server certificate (default:"
              + " $"
              + ServerSettings.TRUST_CERT_VARIABLE
              + ").")
  private Path trustCert;

  /**
   * The server these options (and the environment) name, or empty for the embedded store.
   *
   * @param storeGiven whether {@code --store} was given, which wins over {@code $NEO4J_URI}
   */
  Optional<ServerSettings> server(CliContext context, boolean storeGiven) {
    return ServerSettings.resolve(
        uri, storeGiven, user, database, trustCert(context), context.env());
  }

  private Path trustCert(CliContext context) {
    if (trustCert != null) {
      return context.userPath(trustCert);
    }
    String variable = context.env().get(ServerSettings.TRUST_CERT_VARIABLE);
    return variable == null || variable.isBlank()
        ? null
        : context.userPath(Path.of(variable.strip()));
  }

  /** A usage error when {@code --database} names a database the embedded store does not have. */
  void checkEmbeddedDatabase() {
    ServerSettings.checkEmbeddedDatabase(database);
  }
}
