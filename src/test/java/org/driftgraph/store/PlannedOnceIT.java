package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.driftgraph.extract.Extraction;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * A statement that says {@code CYPHER replan=skip} keeps the plan it got first, made in the first
 * batch of an import into a new store, while the store grows by orders of magnitude. Planned on a
 * store that holds only the gazetteer, each must therefore find its nodes through an index (by
 * their unique id, or by the index its hint names), never by a scan of a label or of all nodes,
 * whose cost grows with the store, so that the plan made there is still the right one for a large
 * store.
 */
@ExtendWith(Neo4jHarness.class)
class PlannedOnceIT {
  private static final Path HOME = Path.of("").toAbsolutePath();

  private final Driver driver;

  PlannedOnceIT(Driver driver) {
    this.driver = driver;
  }

  @Test
  void statementsPlannedOnceSeekTheirNodesThroughAnIndex() throws IOException {
    Schema.apply(driver);
    new GraphWriter(driver)
        .upsertEntities(Extraction.load(HOME.resolve("import")).gazetteer().entities());
    Map<String, List<String>> operators = new TreeMap<>();
    try (Session session = driver.session()) {
      for (String name : plannedOnce()) {
        String statement = CypherScripts.statement(name);
        Plan plan = session.run("EXPLAIN " + statement, emptyParameters()).consume().plan();
        operators.put(name, operatorsOf(plan, new ArrayList<>()));
      }
    }
    assertThat(operators)
        .as("the write path's statements planned once")
        .containsKeys(
            "write/existing-articles.cypher",
            "write/replace-articles.cypher",
            "write/new/claims.cypher",
            "write/new/mentions.cypher",
            "facts/mark-pending.cypher");
    operators.forEach(
        (name, ops) -> {
          assertThat(ops)
              .as("operators of %s", name)
              .noneMatch(op -> op.contains("LabelScan"))
              .noneMatch(op -> op.contains("AllNodesScan"));
          if (!name.equals("write/new/articles.cypher")) {
            assertThat(ops).as("operators of %s", name).anyMatch(op -> op.contains("IndexSeek"));
          }
          if (!name.equals("write/replace-articles.cypher")) {
            assertThat(ops)
                .as("operators of %s (no index seek but by unique id)", name)
                .noneMatch(op -> op.startsWith("NodeIndexSeek"));
          }
        });
  }

  /** The scripts under cypher/ whose statement is planned once, by their name under cypher/. */
  private static List<String> plannedOnce() throws IOException {
    Path root = HOME.resolve("cypher");
    try (Stream<Path> files = Files.walk(root)) {
      List<String> names = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).sorted().toList()) {
        if (Files.readString(file).contains("CYPHER replan=skip")) {
          names.add(root.relativize(file).toString().replace('\\', '/'));
        }
      }
      return names;
    }
  }

  /** Every list parameter the write path's statements take, empty. */
  private static Map<String, Object> emptyParameters() {
    Map<String, Object> parameters = new TreeMap<>();
    for (String name :
        List.of("ids", "articles", "entities", "mentions", "claims", "links", "subjectIds")) {
      parameters.put(name, List.of());
    }
    return parameters;
  }

  private static List<String> operatorsOf(Plan plan, List<String> into) {
    into.add(plan.operatorType());
    plan.children().forEach(child -> operatorsOf(child, into));
    return into;
  }
}
