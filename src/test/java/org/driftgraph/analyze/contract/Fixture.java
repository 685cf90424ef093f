package org.driftgraph.analyze.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.driftgraph.store.CypherScripts;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.Schema;
import org.junit.jupiter.api.Assumptions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The graphs the contract suite runs every engine on. Each is written into the harness database the
 * way the store holds an import: entities, articles and claims first, then the facts derived from
 * the claims by {@link GraphWriter}, so that the engines read facts the real derivation made.
 */
public enum Fixture {
  /** Eleven entities and 25 claims whose every analysis result is worked out by hand. */
  REFERENCE,
  /** A few hundred seeded random entities and claims: for agreement between engines only. */
  RANDOM,
  /** The project's sample corpus {@code import/articles} through the real import. */
  SAMPLE_CORPUS,
  /** The seed articles of {@code ../shared/corpus/seeds} through the real import, when present. */
  SEEDS;

  static final Path IMPORT = Path.of("import");
  static final Path SHARED =
      Path.of(System.getProperty("driftgraph.shared", Path.of("..", "shared").toString()));
  static final Path SEED_ARTICLES = SHARED.resolve("corpus/seeds");

  /**
   * Whether every analysis has rows on this fixture, so that agreement on it is never agreement on
   * nothing. The corpora give what the extraction finds in them.
   */
  public boolean exercisesEveryAnalysis() {
    return this == REFERENCE || this == RANDOM;
  }

  /** Skips the calling test or class, with the reason, when the fixture's files are not here. */
  public void assumeAvailable() {
    if (this == SEEDS) {
      Assumptions.assumeTrue(
          Files.isDirectory(SEED_ARTICLES),
          "seed articles not present: "
              + SEED_ARTICLES.toAbsolutePath()
              + " (../shared is not checked out)");
    }
  }

  /** Empties the database and writes this fixture into it, facts derived. */
  public void load(Driver driver) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
    Schema.apply(driver);
    switch (this) {
      case REFERENCE -> writeScript(driver, "reference.cypher", Map.of());
      case RANDOM ->
          writeScript(driver, "write-graph.cypher", new RandomGraph(20191121L).parameters());
      case SAMPLE_CORPUS -> CorpusImport.run(driver, IMPORT, IMPORT.resolve("articles"));
      case SEEDS -> CorpusImport.run(driver, IMPORT, SEED_ARTICLES);
    }
    if (this == REFERENCE || this == RANDOM) {
      new GraphWriter(driver).deriveAllFacts();
    }
  }

  private static void writeScript(Driver driver, String name, Map<String, Object> parameters) {
    try (Session session = driver.session()) {
      session.executeWriteWithoutResult(
          tx -> {
            for (String statement : CypherScripts.statements(resource(name))) {
              tx.run(statement, parameters).consume();
            }
          });
    }
  }

  private static String resource(String name) {
    String path = "/analyze/fixtures/" + name;
    try (InputStream in = Fixture.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + path + " on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + path, e);
    }
  }
}
