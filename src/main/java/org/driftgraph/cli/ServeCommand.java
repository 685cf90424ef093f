package org.driftgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.driftgraph.serve.ServePassword;
import org.driftgraph.serve.ServedStore;
import org.driftgraph.serve.guide.GuideServer;
import org.driftgraph.store.ServedNeo4j;
import org.driftgraph.store.ServedNeo4j.ServeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store to other tools until Ctrl-C: Bolt (cypher-shell, Bloom, drivers) and HTTP (Neo4j Browser"
          + " at /browser/, the query API at /db/neo4j/query/v2), authentication on (user neo4j).",
      "The password comes from $"
          + CliContext.PASSWORD_VARIABLE
          + ", else from a file beside the store"
          + " (data/neo4j.password), generated on the first serve and readable only by you; it is never printed.",
      "The password is set before any port opens. While serve runs, the other commands on the store go through it."
    })
public final class ServeCommand implements Callable<Integer> {
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

  /** Below this length a password served beyond loopback gets a warning. */
  private static final int LONG_PASSWORD = 16;

  @ParentCommand private DriftgraphCommand root;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store folder (default: " + StoreOptions.DEFAULT_STORE + ").")
  private Path store;

  @Option(
      names = "--listen",
      paramLabel = "ADDRESS",
      defaultValue = ServeSettings.LOOPBACK,
      description =
          "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only). Anything else, such as"
              + " 0.0.0.0, lets other machines connect: always with authentication, but unencrypted.")
  private String listen;

  @Option(
      names = "--bolt-port",
      paramLabel = "N",
      defaultValue = "7687",
      description = "Bolt port (default: ${DEFAULT-VALUE}).")
  private int boltPort;

  @Option(
      names = "--http-port",
      paramLabel = "N",
      defaultValue = "7474",
      description = "HTTP port (default: ${DEFAULT-VALUE}).")
  private int httpPort;

  @Option(
      names = "--guide-port",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Port of the Browser guide (default: a free one; the banner prints the :guide line).")
  private int guidePort;

  @Option(
      names = "--ready-file",
      paramLabel = "FILE",
      description =
          "Write the addresses (JSON: bolt, http, guide) to FILE once serve is ready, i.e. a client with"
              + " the password gets in; removed when serve stops. For scripts: wait for the file.")
  private Path readyFile;

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);

  @Override
  public Integer call() throws IOException, InterruptedException {
    CliContext context = root.context();
    Path storeDir =
        store == null ? context.projectPath(StoreOptions.DEFAULT_STORE) : context.userPath(store);
    ServeSettings settings;
    ServePassword password;
    try {
      checkListenAddress(context.err());
      password = ServePassword.resolve(context.env(), storeDir, context::display);
      settings = new ServeSettings(listen, boltPort, httpPort, password.secret());
      if (!settings.loopbackOnly() && password.secret().length() < LONG_PASSWORD) {
        context
            .err()
            .println(
                "serve: the password from "
                    + password.source()
                    + " has fewer than "
                    + LONG_PASSWORD
                    + " characters; Neo4j does not lock a user out after wrong passwords (that would"
                    + " let anyone lock serve out), so over a network only its length protects the store.");
      }
    } catch (IllegalArgumentException e) {
      throw new UsageFailure(e.getMessage());
    }
    Thread hook = new Thread(this::stopAndWait, "driftgraph-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      serve(context, storeDir, settings, password);
      return ExitCodes.OK;
    } finally {
      finished.countDown();
      removeHook(hook);
    }
  }

  /** Blocks until the server is up (true) or the command gave up (false); for tests. */
  boolean awaitStarted(Duration timeout) throws InterruptedException {
    return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && finished.getCount() == 1;
  }

  /** Asks a running serve to shut down, as Ctrl-C does. */
  void stop() {
    stopRequested.countDown();
  }

  private void serve(
      CliContext context, Path storeDir, ServeSettings settings, ServePassword password)
      throws IOException, InterruptedException {
    Optional<Path> ready = Optional.ofNullable(readyFile).map(context::userPath);
    try (ServedStore served =
        ServedStore.start(storeDir, context.projectPath("import"), settings, guidePort, ready)) {
      for (String user : served.dbms().removedUsers()) {
        context
            .err()
            .println(
                "serve: removed the Neo4j user "
                    + TerminalText.escape(user)
                    + " that driftgraph did not create (only "
                    + ServedNeo4j.USER
                    + " may log in)");
      }
      printBanner(context, storeDir, served.dbms(), served.guide(), password);
      started.countDown();
      stopRequested.await();
      context.out().println("Stopping...");
    }
    context.out().println("Stopped; the store is closed.");
  }

  private void checkListenAddress(PrintWriter err) {
    InetAddress address;
    try {
      address = InetAddress.getByName(listen);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("--listen " + listen + ": not an address of this machine");
    }
    if (!address.isLoopbackAddress()) {
      err.println(
          "serve: listening on "
              + listen
              + ": other machines can reach Bolt and HTTP. Authentication is on"
              + " (user neo4j), but the connections are not encrypted: use a trusted network, or a TLS proxy.");
    }
  }

  private void printBanner(
      CliContext context,
      Path storeDir,
      ServedNeo4j served,
      GuideServer guide,
      ServePassword password) {
    PrintWriter out = context.out();
    out.println("Serving " + context.display(storeDir) + " (Ctrl-C stops it)");
    out.println("  Bolt      " + served.boltUri());
    out.println("  Browser   " + served.browserUri());
    out.println("  User      " + ServedNeo4j.USER + ", password from " + password.source());
    out.println(
        "  Guide     in Browser, run  :guide " + guide.uri() + "   (or :play " + guide.uri() + ")");
    out.println();
    out.println("Connect with");
    out.println(
        "  Neo4j Browser  open "
            + served.browserUri()
            + ", connect to "
            + served.boltUri()
            + " as "
            + ServedNeo4j.USER);
    out.println(
        "  cypher-shell   ./driftgraph shell"
            + (store == null ? "" : " --store " + store)
            + "   (or -f FILE to run a script)");
    out.println(
        "  driftgraph     import, report, stats, analyze... on this store go through this serve");
    out.println(
        "  Bloom          Neo4j Desktop: Add > Remote connection > "
            + served.boltUri()
            + "; then in Bloom import the perspective cypher/bloom/driftgraph.bloom-perspective.json");
    out.println(
        "  Python         POST "
            + served.queryApiUri()
            + " with basic auth (requests), as the notebooks/ do");
    out.flush();
  }

  private void stopAndWait() {
    stop();
    try {
      finished.await(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down (Ctrl-C): the hook is what brought us here.
    }
  }
}
