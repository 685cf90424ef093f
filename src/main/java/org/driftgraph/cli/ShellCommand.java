package org.driftgraph.cli;

import java.io.IOException;
import java.net.URI;
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

  @Option(
      names = "--uri",
      paramLabel = "URI",
      description =
          "External Neo4j instead of the store; the password comes from $"
              + CliContext.PASSWORD_VARIABLE
              + ".")
  private URI uri;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      defaultValue = "neo4j",
      description = "User for --uri (default: ${DEFAULT-VALUE}).")
  private String user;

  @Override
  public Integer call() throws IOException, InterruptedException {
    CliContext context = root.context();
    Path script = file == null ? null : context.userPath(file);
    if (script != null && !Files.isRegularFile(script)) {
      throw new UsageFailure("-f " + file + ": no such file");
    }
    CypherShell shell = CypherShell.installed(context.home(), context::display);
    if (uri != null) {
      if (store != null) {
        throw new UsageFailure(
            "--store and --uri exclude each other: choose the store or a server");
      }
      String password = context.env().get(CliContext.PASSWORD_VARIABLE);
      if (password == null || password.isEmpty()) {
        throw new UsageFailure("--uri needs the password in $" + CliContext.PASSWORD_VARIABLE);
      }
      return shell.run(context.out(), context.err(), uri.toString(), user, password, script);
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
