package org.driftgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.driftgraph.store.EmbeddedNeo4j;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.ServedNeo4j;
import org.driftgraph.store.ServedNeo4j.ServeSettings;
import org.driftgraph.store.StartTimes;

/**
 * What setting the password before any port opens costs a start. In one JVM, on a new store: the
 * first ordinary start (the password is set with the connectors off first), ordinary starts with
 * the password already set (the steady state of the commands), a serve with another password (set
 * again), serves with that password, and the first ordinary start after serve (set back). Prints
 * each start's wall time and its parts; "other" is the rest of the wall time (reading the secret,
 * checking the password record, looking for users other than neo4j).
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:target/lib/*" org.driftgraph.bench.StartupBenchmark 3
 * </pre>
 */
public final class StartupBenchmark {
  private StartupBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Path dir = Files.createTempDirectory("driftgraph-startup");
    Path store = dir.resolve("neo4j");
    Path imports = dir.resolve("import");
    ServeSettings serve = ServeSettings.loopbackOnFreePorts("a-served-password-for-the-bench");
    List<String> rows = new ArrayList<>();
    rows.add(row("command, new store (password set)", () -> EmbeddedNeo4j.start(store, imports)));
    for (int i = 1; i <= rounds; i++) {
      rows.add(
          row("command, password already set #" + i, () -> EmbeddedNeo4j.start(store, imports)));
    }
    rows.add(row("serve, another password (set)", () -> ServedNeo4j.start(store, imports, serve)));
    for (int i = 1; i <= rounds; i++) {
      rows.add(
          row("serve, password already set #" + i, () -> ServedNeo4j.start(store, imports, serve)));
    }
    rows.add(row("command after serve (set back)", () -> EmbeddedNeo4j.start(store, imports)));
    System.out.println(
        "| start | wall ms | password ms | DBMS ms | scan ms | register ms | driver ms | other ms |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  private static String row(String name, Supplier<GraphConnection> start) {
    long begin = System.nanoTime();
    GraphConnection connection = start.get();
    long wall = (System.nanoTime() - begin) / 1_000_000;
    StartTimes times =
        connection instanceof EmbeddedNeo4j embedded
            ? embedded.startTimes()
            : ((ServedNeo4j) connection).startTimes();
    connection.close();
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %d | %d | %d | %d |",
        name,
        wall,
        times.passwordMillis(),
        times.dbmsMillis(),
        times.scanMillis(),
        times.registerMillis(),
        times.driverMillis(),
        wall - times.totalMillis());
  }
}
