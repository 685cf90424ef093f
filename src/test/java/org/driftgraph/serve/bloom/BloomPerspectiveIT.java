package org.driftgraph.serve.bloom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.driftgraph.extract.Extraction;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path.Segment;

/**
 * Runs the perspective's Cypher as Bloom would, on the sample corpus: every suggestion query, every
 * search phrase with parameters taken from its suggestions, and both scene actions on a selection.
 */
@ExtendWith(Neo4jHarness.class)
class BloomPerspectiveIT {
  private static final JsonNode PERSPECTIVE = PerspectiveGenerator.perspective();

  private final Driver driver;

  BloomPerspectiveIT(Driver driver) {
    this.driver = driver;
  }

  @BeforeAll
  static void importTheSampleCorpus(Driver driver) {
    Path corpus = Path.of("import/articles");
    Extraction extraction = Extraction.load(Path.of("import"));
    GraphWriter writer = new GraphWriter(driver);
    writer.upsertEntities(extraction.gazetteer().entities());
    List<ExtractedArticle> extracted = new ArrayList<>();
    new CorpusReader(corpus)
        .read(
            List.of(corpus),
            new ArticleSink() {
              @Override
              public void article(Article article) {
                extracted.add(extraction.extractor().extract(article));
              }

              @Override
              public void rejected(Rejection rejection) {
                throw new IllegalStateException(
                    "the sample corpus has a rejected article: " + rejection.describe());
              }
            });
    assertThat(writer.write(extracted).failed()).isEmpty();
  }

  @Test
  void everySuggestionQueryRunsAndEntitySuggestionsAreEntitiesOfTheRightTypes() {
    for (JsonNode template : PERSPECTIVE.get("templates")) {
      for (JsonNode param : template.get("params")) {
        List<Value> values = suggestions(param);
        assertThat(values)
            .as("suggestions for %s of %s", param.get("name"), template.get("name"))
            .isNotEmpty();
        String cypher = param.get("cypher").asText();
        if (cypher.contains("entity.id")) {
          List<String> labels =
              run(
                      "MATCH (e:Entity) WHERE e.id IN $ids UNWIND labels(e) AS label RETURN DISTINCT label",
                      Map.of("ids", values.stream().map(Value::asString).toList()))
                  .stream()
                  .map(r -> r.get(0).asString())
                  .toList();
          labels.stream()
              .filter(label -> !label.equals("Entity"))
              .forEach(
                  label ->
                      assertThat(cypher)
                          .as("labels suggested for %s", param.get("name"))
                          .contains("'" + label + "'"));
        }
      }
    }
  }

  @Test
  void everySearchPhraseReturnsTheEntitiesItsSavedQueryNamesAndTheFactsBetweenThem() {
    Set<String> entityIds =
        new HashSet<>(
            run("MATCH (e:Entity) RETURN e.id AS id", Map.of()).stream()
                .map(r -> r.get("id").asString())
                .toList());
    Set<String> answered = new TreeSet<>();
    for (SavedQuery query : SavedQueries.list()) {
      JsonNode template = template(query.name());
      Map<String, Object> parameters = parameters(template);

      Set<String> named = new TreeSet<>();
      run(query.cypher(), parameters).forEach(row -> strings(row.asMap(), named));
      named.retainAll(entityIds);

      List<Record> phrase = run(template.get("cypher").asText(), parameters);
      assertThat(phrase).as("rows of the %s phrase", query.name()).hasSize(1);
      List<Node> entities = phrase.get(0).get("entities").asList(Value::asNode);
      assertThat(entities)
          .extracting(n -> n.get("id").asString())
          .as("entities of the %s phrase with %s", query.name(), parameters)
          .containsExactlyInAnyOrderElementsOf(named);
      Set<String> elementIds = new HashSet<>(entities.stream().map(Node::elementId).toList());
      phrase
          .get(0)
          .get("facts")
          .asList(Value::asRelationship)
          .forEach(
              fact -> {
                assertThat(elementIds).contains(fact.startNodeElementId(), fact.endNodeElementId());
              });
      if (!entities.isEmpty()) {
        answered.add(query.name());
      }
    }
    // With the first suggestions, the sample corpus answers these (the best connected platform has
    // no
    // owner and no scores are written, so ownership-chains and top-by-score come back empty).
    assertThat(answered)
        .contains(
            "displacement",
            "entity",
            "explain-fact",
            "first-carriers",
            "migration-chain",
            "shortest-paths",
            "top-entities-by-degree");
  }

  @Test
  void showEvidenceGivesTheClaimsBehindSelectedEntitiesAndFacts() {
    Record selection =
        run(
                """
        MATCH (actor:Entity)-[fact:MIGRATED_TO]->(:Entity)
        WITH actor, fact ORDER BY COUNT { (actor)-[:MIGRATED_TO]->() } DESC, actor.id, elementId(fact)
        RETURN elementId(actor) AS actor, elementId(fact) AS fact, type(fact) AS type LIMIT 1""",
                Map.of())
            .get(0);
    String evidence = sceneAction("Show evidence");

    List<Record> forFact =
        run(
            evidence,
            Map.of("nodes", List.of(), "relationships", List.of(selection.get("fact").asString())));
    assertThat(forFact)
        .isNotEmpty()
        .allSatisfy(
            row -> {
              Node claim = row.get("evidence").asPath().start();
              assertThat(claim.hasLabel("Claim")).isTrue();
              assertThat(claim.get("type").asString()).isEqualTo(selection.get("type").asString());
            });
    assertThat(forFact)
        .anySatisfy(
            row -> assertThat(row.get("evidence").asPath().end().hasLabel("Article")).isTrue());

    List<Record> forEntity =
        run(
            evidence,
            Map.of(
                "nodes", List.of(selection.get("actor").asString()), "relationships", List.of()));
    assertThat(forEntity.size()).isGreaterThanOrEqualTo(forFact.size());
    assertThat(run(evidence, Map.of("nodes", List.of(), "relationships", List.of()))).isEmpty();

    List<Record> displaced =
        run("MATCH ()-[fact:DISPLACED_TO]->() RETURN elementId(fact) AS fact LIMIT 1", Map.of());
    assertThat(displaced).as("the sample corpus has a DISPLACED_TO fact").isNotEmpty();
    assertThat(
            run(
                evidence,
                Map.of(
                    "nodes",
                    List.of(),
                    "relationships",
                    List.of(displaced.get(0).get("fact").asString()))))
        .isNotEmpty()
        .allSatisfy(
            row ->
                assertThat(row.get("evidence").asPath().start().get("type").asString())
                    .isEqualTo("MIGRATED_TO"));
  }

  @Test
  void expandMigrationsGivesTheMigrationsAroundTheSelection() {
    List<String> selection =
        run(
                """
        MATCH (actor:Entity)-[:MIGRATED_TO]->(platform:Entity)
        WITH actor, platform ORDER BY actor.id, platform.id LIMIT 1
        RETURN elementId(actor) AS actor, elementId(platform) AS platform""",
                Map.of())
            .stream()
            .flatMap(r -> List.of(r.get("actor").asString(), r.get("platform").asString()).stream())
            .toList();
    String expand = sceneAction("Expand migrations");

    List<Record> migrations = run(expand, Map.of("nodes", selection));
    assertThat(migrations)
        .isNotEmpty()
        .allSatisfy(
            row -> {
              Segment segment = row.get("migration").asPath().iterator().next();
              assertThat(segment.relationship().type()).isIn("MIGRATED_TO", "DISPLACED_TO");
              assertThat(selection).contains(row.get("migration").asPath().start().elementId());
            });
    assertThat(run(expand, Map.of("nodes", List.of()))).isEmpty();
  }

  /**
   * Each parameter's value from its suggestions: the first one, or for a second entity parameter
   * the next.
   */
  private Map<String, Object> parameters(JsonNode template) {
    Map<String, Object> parameters = new HashMap<>();
    Set<Object> taken = new HashSet<>();
    for (JsonNode param : template.get("params")) {
      List<Value> values = suggestions(param);
      Object value =
          values.stream()
              .map(Value::asObject)
              .filter(v -> !taken.contains(v))
              .findFirst()
              .orElse(values.get(0).asObject());
      taken.add(value);
      parameters.put(param.get("name").asText().substring(1), value);
    }
    return parameters;
  }

  private List<Value> suggestions(JsonNode param) {
    return run(param.get("cypher").asText(), Map.of()).stream().map(r -> r.get(0)).toList();
  }

  /** Every string in a row value, inside lists and maps too. */
  private static void strings(Object value, Set<String> into) {
    if (value instanceof String text) {
      into.add(text);
    } else if (value instanceof List<?> list) {
      list.forEach(v -> strings(v, into));
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> strings(v, into));
    }
  }

  private static JsonNode template(String name) {
    for (JsonNode template : PERSPECTIVE.get("templates")) {
      if (template.get("name").asText().equals(name)) {
        return template;
      }
    }
    throw new AssertionError("no search phrase for " + name);
  }

  private static String sceneAction(String name) {
    for (JsonNode action : PERSPECTIVE.get("sceneActions")) {
      if (action.get("name").asText().equals(name)) {
        return action.get("cypher").asText();
      }
    }
    throw new AssertionError("no scene action " + name);
  }

  private List<Record> run(String cypher, Map<String, Object> parameters) {
    try (var session = driver.session()) {
      return session.run(cypher, parameters).list();
    }
  }
}
