package org.driftgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.StoreLocation;
import picocli.CommandLine.Option;

/**
 * Where the graph lives: the embedded store (default) or an external Neo4j over Bolt. Either way
 * the commands talk to it through the Java driver, and the schema is applied on every open.
 */
public final class StoreOptions {
  static final String DEFAULT_STORE = "data/neo4j";

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Embedded store folder (default: " + DEFAULT_STORE + " in the project).")
  private Path store;

  @Option(
      names = "--uri",
      paramLabel = "URI",
      description =
          "External Neo4j (bolt://, neo4j://, +s/+ssc variants) instead of the embedded store;"
              + " the password comes from $"
              + CliContext.PASSWORD_VARIABLE
              + ".")
  private URI uri;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      defaultValue = "neo4j",
      description = "User for --uri (default: ${DEFAULT-VALUE}).")
  private String user;

  /**
   * Opens the store and applies the schema; the caller closes it. An embedded store that a running
   * serve holds is reached through serve.
   */
  public GraphConnection open(CliContext context) {
    StoreLocation location = location(context);
    return location instanceof StoreLocation.Embedded embedded
        ? EmbeddedOrServed.open(context, embedded)
        : location.open();
  }

  /** Where the store is, as the options say: a usage error when they contradict each other. */
  public StoreLocation location(CliContext context) {
    return uri == null
        ? new StoreLocation.Embedded(storeDir(context), context.projectPath("import"))
        : remote(context);
  }

  /** The folder of the embedded store this command uses (null with --uri). */
  public Path storeDir(CliContext context) {
    return uri != null
        ? null
        : store == null ? context.projectPath(DEFAULT_STORE) : context.userPath(store);
  }

  private StoreLocation remote(CliContext context) {
    if (store != null) {
      throw new UsageFailure(
          "--store and --uri exclude each other: choose the embedded store or a server");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    if (!scheme.matches("bolt(\\+s|\\+ssc)?|neo4j(\\+s|\\+ssc)?")) {
      throw new UsageFailure(
          "--uri must be bolt://, neo4j:// (or +s/+ssc variants), not '" + uri + "'");
    }
    String password = context.env().get(CliContext.PASSWORD_VARIABLE);
    if (password == null || password.isEmpty()) {
      throw new UsageFailure("--uri needs the password in $" + CliContext.PASSWORD_VARIABLE);
    }
    return new StoreLocation.Remote(uri, user, password);
  }
}
