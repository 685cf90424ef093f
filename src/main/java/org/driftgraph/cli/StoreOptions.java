package org.driftgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.StoreLocation;
import picocli.CommandLine.Mixin;
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

  @Mixin private ServerOptions serverOptions = new ServerOptions();

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
    Optional<ServerSettings> server = server(context);
    if (server.isPresent()) {
      return server.get().location();
    }
    serverOptions.checkEmbeddedDatabase();
    return new StoreLocation.Embedded(storeDir(context), context.projectPath("import"));
  }

  /** The folder of the embedded store this command uses (null for a server). */
  public Path storeDir(CliContext context) {
    return server(context).isPresent()
        ? null
        : store == null ? context.projectPath(DEFAULT_STORE) : context.userPath(store);
  }

  private Optional<ServerSettings> server(CliContext context) {
    return serverOptions.server(context, store != null);
  }
}
