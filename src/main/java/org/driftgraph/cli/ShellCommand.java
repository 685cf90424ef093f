package org.driftgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.driftgraph.serve.CypherShell;
import org.driftgraph.serve.ServePassword;
import org.driftgraph.serve.ServedAddresses;
import org.driftgraph.store.EmbeddedNeo4j;
import org.driftgraph.store.ServedNeo4j;
import org.driftgraph.store.StoreInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Opens cypher-shell on the store: the running 'driftgraph serve' of the store when there is one, else the"
          + " store opened on a free loopback port with its own password (as every command opens it), or --uri.",
      "With -f FILE, runs the script and exits with cypher-shell's exit code."
    })
public final class ShellCommand implements Callable<Integer> {
  @ParentCommand private DriftgraphCommand root;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "Cypher script to run instead of the prompt.")
  private Path file;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store folder (default: " + StoreOptions.DEFAULT_STORE + ").")
  private Path store;

  @Mixin private ServerOptions serverOptions = new ServerOptions();

  @Override
  public Integer call() throws IOException, InterruptedException {
    CliContext context = root.context();
    Path script = file == null ? null : context.userPath(file);
    if (script != null && !Files.isRegularFile(script)) {
      throw new UsageFailure("-f " + file + ": no such file");
    }
    Optional<ServerSettings> server = serverOptions.server(context, store != null);
    if (server.isEmpty()) {
      serverOptions.checkEmbeddedDatabase();
    }
    CypherShell shell = CypherShell.installed(context.home(), context::display);
    if (server.isPresent()) {
      ServerSettings settings = server.get();
      if (settings.trustCert() != null) {
        // cypher-shell has no option for a trusted certificate file.
        throw new UsageFailure(
            "shell cannot use --trust-cert (or $"
                + ServerSettings.TRUST_CERT_VARIABLE
                + "): cypher-shell has no such setting; use bolt+ssc:// or neo4j+ssc://, or add"
                + " the certificate to the JVM's trust store");
      }
      return shell.run(
          context.out(),
          context.err(),
          settings.uri().toString(),
          settings.user(),
          settings.password(),
          settings.database(),
          script);
    }
    Path storeDir =
        store == null ? context.projectPath(StoreOptions.DEFAULT_STORE) : context.userPath(store);
    EmbeddedNeo4j embedded;
    try {
      embedded = EmbeddedNeo4j.start(storeDir, context.projectPath("import"));
    } catch (StoreInUseException e) {
      return runOnServe(context, shell, storeDir, script, e);
    }
    try (embedded) {
      return shell.run(
          context.out(),
          context.err(),
          embedded.boltUri(),
          embedded.user(),
          embedded.password(),
          script);
    }
  }

  private int runOnServe(
      CliContext context, CypherShell shell, Path storeDir, Path script, StoreInUseException inUse)
      throws IOException, InterruptedException {
    Optional<ServedAddresses> addresses = ServedAddresses.read(storeDir);
    if (addresses.isEmpty()) {
      throw inUse;
    }
    ServePassword password = ServePassword.ofServed(context.env(), storeDir, context::display);
    return shell.run(
        context.out(),
        context.err(),
        addresses.get().bolt().toString(),
        ServedNeo4j.USER,
        password.secret(),
        script);
  }
}
