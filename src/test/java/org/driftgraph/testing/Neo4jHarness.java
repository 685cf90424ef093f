package org.driftgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.driftgraph.store.ProcedureCatalog;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j (with GDS and APOC) for the whole test JVM, shared by every {@code *IT}
 * class that uses {@code @ExtendWith(Neo4jHarness.class)}: start-ups dominate test time. Each test
 * class starts from an empty database, schema included; test constructors and methods take a {@link
 * Driver} parameter, an {@link ImportDirectory} when they write files for LOAD CSV, and the
 * database itself ({@link GraphDatabaseService}) when they use its own transactions. The DBMS
 * closes when the JVM's test run ends.
 */
public final class Neo4jHarness implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Neo4jHarness.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    try (var session = shared(context).driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
      // GDS graphs live in memory beside the database: a class that projects its own must not leave
      // them to the next one (the engines' tests assert that nothing is left in the catalog).
      session
          .run(
              "CALL gds.graph.list() YIELD graphName CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped RETURN count(dropped)")
          .consume();
      // Schema too: a class that applies its own constraints (the LOAD CSV script does) must not
      // change what the next class sees. Names come from SHOW, quoted as identifiers.
      for (String name :
          session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString())) {
        session.run("DROP CONSTRAINT " + quoted(name)).consume();
      }
      for (String name :
          session
              .run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
              .list(r -> r.get(0).asString())) {
        session.run("DROP INDEX " + quoted(name)).consume();
      }
    }
  }

  private static String quoted(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Driver.class
        || type == ImportDirectory.class
        || type == GraphDatabaseService.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Shared shared = shared(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == GraphDatabaseService.class) {
      return shared.neo4j.defaultDatabaseService();
    }
    return type == Driver.class ? shared.driver : shared.importDirectory;
  }

  private static Shared shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Shared.class, type -> new Shared(), Shared.class);
  }

  /** The DBMS and its driver; JUnit closes them after the last test of the run. */
  private static final class Shared implements ExtensionContext.Store.CloseableResource {
    private final Neo4j neo4j;
    private final Driver driver;
    private final ImportDirectory importDirectory;

    Shared() {
      long started = System.nanoTime();
      importDirectory = new ImportDirectory(createTempDirectory());
      ProcedureCatalog catalog = ProcedureCatalog.discover();
      Neo4jBuilder builder =
          Neo4jBuilders.newInProcessBuilder()
              .withDisabledServer()
              .withConfig(
                  GraphDatabaseSettings.procedure_unrestricted, ProcedureCatalog.UNRESTRICTED)
              .withConfig(GraphDatabaseSettings.load_csv_file_url_root, importDirectory.path())
              .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
      catalog.procedures().forEach(builder::withProcedure);
      catalog.functions().forEach(builder::withFunction);
      catalog.aggregationFunctions().forEach(builder::withAggregationFunction);
      neo4j = builder.build();
      driver =
          GraphDatabase.driver(
              neo4j.boltURI(),
              AuthTokens.none(),
              Config.builder().withLogging(Logging.none()).withoutEncryption().build());
      driver.verifyConnectivity();
      System.out.printf(
          "Neo4j harness started in %d ms (procedure scan %d ms; %d procedure, %d function, %d aggregation classes; left out: %s)%n",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
          catalog.scanMillis(),
          catalog.procedures().size(),
          catalog.functions().size(),
          catalog.aggregationFunctions().size(),
          catalog.unavailable());
    }

    private static Path createTempDirectory() {
      try {
        return Files.createTempDirectory("driftgraph-harness-import");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the harness import directory", e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        driver.close();
      } finally {
        neo4j.close();
        deleteRecursively(importDirectory.path());
      }
    }

    private static void deleteRecursively(Path dir) throws IOException {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }
}
