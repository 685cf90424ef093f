package org.driftgraph.store.batch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.driftgraph.model.Entity;
import org.driftgraph.store.CypherScripts;
import org.driftgraph.store.StoreException;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * A new embedded store written by the real {@code neo4j-admin database import full} instead of
 * transactions: the articles go into CSV files ({@link NewStoreWriter}) in a work folder beside the
 * store, the import tool builds database {@code neo4j} in that folder, and only a complete database
 * is moved into the store folder. If the tool fails, the store folder is left as it was. Once the
 * store is started, {@link #complete} restores what the CSV format cannot carry; the schema, the
 * facts and the checkpoint are the transactional path's own.
 */
public final class NewStoreImport implements Closeable {
  private static final String DATABASE = "neo4j";
  private static final String EMPTY_NAMES = CypherScripts.statement("write/empty-names.cypher");

  private final Path storeDir;
  private final Path work;
  private final Path csvDir;
  private final NewStoreWriter writer;

  private NewStoreImport(Path storeDir, Path work, Collection<Entity> gazetteer, String setup) {
    this.storeDir = storeDir;
    this.work = work;
    this.csvDir = work.resolve("csv");
    try {
      Files.createDirectories(csvDir);
    } catch (IOException e) {
      throw new StoreException("cannot create " + csvDir + ": " + e.getMessage(), e);
    }
    this.writer = new NewStoreWriter(csvDir, gazetteer, setup);
  }

  /**
   * True when {@code storeDir} holds no database {@code neo4j} yet (it may not exist at all): only
   * then can the import tool write it.
   */
  public static boolean isNew(Path storeDir) {
    return !Files.exists(databaseDir(storeDir)) && !Files.exists(transactionsDir(storeDir));
  }

  private static Path databaseDir(Path home) {
    return home.resolve("data").resolve("databases").resolve(DATABASE);
  }

  private static Path transactionsDir(Path home) {
    return home.resolve("data").resolve("transactions").resolve(DATABASE);
  }

  /** Starts a batch import into the new store {@code storeDir}, the gazetteer's entities first. */
  public static NewStoreImport begin(Path storeDir, Collection<Entity> gazetteer, String setup) {
    Path absolute = storeDir.toAbsolutePath().normalize();
    if (!isNew(absolute)) {
      throw new StoreException(
          "store " + storeDir + " already holds a database: a batch import needs a new store");
    }
    try {
      Path parent = Files.createDirectories(absolute.getParent());
      Path work = Files.createTempDirectory(parent, absolute.getFileName() + ".batch-import-");
      return new NewStoreImport(absolute, work, gazetteer, setup);
    } catch (IOException e) {
      throw new StoreException(
          "cannot create a work folder beside " + storeDir + ": " + e.getMessage(), e);
    }
  }

  public NewStoreWriter writer() {
    return writer;
  }

  /** The folder of the CSV files (for tests that break them on purpose). */
  Path csvDir() {
    return csvDir;
  }

  /**
   * Finishes the CSV files, runs the import tool into the work folder and moves the database into
   * the store folder. {@code inputs} names the corpus in the error when anything fails; the store
   * folder is then as it was.
   */
  public void importIntoStore(String inputs) {
    importIntoStore(inputs, phase -> {});
  }

  /** As {@link #importIntoStore(String)}, naming each phase to {@code phaseDone} as it ends. */
  public void importIntoStore(String inputs, Consumer<String> phaseDone) {
    finishFiles(inputs);
    phaseDone.accept("CSV files finished (entities, dropped versions)");
    runTool(inputs);
    phaseDone.accept("import tool");
    moveIntoPlace(inputs);
    phaseDone.accept("database moved into the store");
  }

  /** The CSV files complete: older versions removed, entities written. */
  void finishFiles(String inputs) {
    try {
      writer.finish();
    } catch (IOException | RuntimeException e) {
      throw failure(inputs, "cannot write the CSV files: " + e.getMessage(), e);
    }
  }

  /** The import tool run on the finished files, and the database moved into the store. */
  void load(String inputs) {
    runTool(inputs);
    moveIntoPlace(inputs);
  }

  private void runTool(String inputs) {
    List<String> args = new ArrayList<>(List.of("database", "import", "full", DATABASE));
    GraphSpool.NODE_FILES.forEach(name -> args.add("--nodes=" + csvDir.resolve(name)));
    GraphSpool.RELATIONSHIP_FILES.forEach(
        name -> args.add("--relationships=" + csvDir.resolve(name)));
    args.addAll(
        List.of(
            "--delimiter=,",
            "--array-delimiter=U+001F",
            "--quote=U+0022",
            "--multiline-fields=true",
            "--id-type=string",
            "--input-encoding=UTF-8",
            // The reason of a failure is only in the stack trace: reason() picks it out.
            "--verbose",
            "--report-file=" + work.resolve("import.report")));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8);
    int exit;
    try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      Files.createDirectories(work.resolve("conf"));
      ExecutionContext context =
          new ExecutionContext(work, work.resolve("conf"), printer, printer, fs);
      // neo4j-admin's own entry point, which finds the import command on the classpath.
      exit = AdminTool.execute(context, args.toArray(String[]::new));
    } catch (IOException | RuntimeException e) {
      throw failure(inputs, "the import tool failed: " + e.getMessage(), e);
    }
    if (exit != 0) {
      throw failure(
          inputs,
          "the import tool (neo4j-admin database import full) exited with "
              + exit
              + ": "
              + reason(output.toString(StandardCharsets.UTF_8)),
          null);
    }
  }

  /** Both folders of the database, or neither: the second move undoes the first if it fails. */
  private void moveIntoPlace(String inputs) {
    Path database = databaseDir(storeDir);
    Path transactions = transactionsDir(storeDir);
    try {
      Files.createDirectories(database.getParent());
      Files.createDirectories(transactions.getParent());
      Files.move(databaseDir(work), database, StandardCopyOption.ATOMIC_MOVE);
      try {
        Files.move(transactionsDir(work), transactions, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.move(database, databaseDir(work), StandardCopyOption.ATOMIC_MOVE);
        throw e;
      }
    } catch (IOException e) {
      throw failure(inputs, "cannot move the imported database into place: " + e.getMessage(), e);
    }
  }

  private StoreException failure(String inputs, String reason, Throwable cause) {
    return new StoreException(
        "batch import of "
            + inputs
            + " into new store "
            + storeDir
            + " failed, the store was left as it was: "
            + reason,
        cause);
  }

  /** An exception line of a stack trace: its message is the reason. */
  private static final Pattern EXCEPTION =
      Pattern.compile("^(?:Caused by: )?[\\w.$]+(?:Exception|Error): (.+)$");

  /**
   * Why the tool failed: the message of the deepest exception it printed (the first lines say only
   * "Error in input data"), else its first line.
   */
  static String reason(String output) {
    String reason = null;
    for (String line : output.strip().lines().map(String::strip).toList()) {
      Matcher matcher = EXCEPTION.matcher(line);
      if (matcher.matches()) {
        reason = matcher.group(1);
      }
    }
    return reason != null ? reason : output.strip().lines().findFirst().orElse("no output");
  }

  /**
   * What the CSV format cannot carry, restored once the store is started: the import tool reads an
   * empty list as no value, where the transactional path stores an empty list of names.
   */
  public static void complete(Driver driver) {
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(tx -> tx.run(EMPTY_NAMES).consume());
    }
  }

  /** Removes the work folder: the CSV files and whatever the tool left there. */
  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      // The files are deleted below either way.
    }
    try (Stream<Path> paths = Files.walk(work)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + work + ": " + e.getMessage(), e);
    }
  }
}
