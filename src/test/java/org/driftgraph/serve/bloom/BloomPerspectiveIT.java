package org.driftgraph.serve.bloom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Projection;
import org.driftgraph.analyze.neo4j.ScoreWriter;
import org.driftgraph.extract.Extraction;
import org.driftgraph.ingest.ArticleSink;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Article;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Rejection;
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
 * Runs the perspective's Cypher as Bloom would, on the embedded store with the sample corpus (no
 * APOC needed): every suggestion query, every search phrase with parameters taken from its
 * suggestions, and both scene actions on a selection.
 */
@ExtendWith(Neo4jHarness.class)
class BloomPerspectiveIT {
  private static final JsonNode PERSPECTIVE = PerspectiveGenerator.perspective();
  private static final int SUGGESTIONS_TRIED = 12;

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
    // The score phrase reads what `analyze centrality --write` stores: store degree scores (the
    // facts around each entity) the way it does, through the same writer.
    List<CentralityScore> degrees =
        run(
                driver,
                "MATCH (e:Entity) RETURN e.id AS id, e.name AS name,"
                    + " [l IN labels(e) WHERE l <> 'Entity'][0] AS label,"
                    + " toFloat(COUNT { (e)-[:MIGRATED_TO|BANNED_BY|ANNOUNCED_ON|OWNED_BY]-() }) AS score")
            .stream()
            .map(
                r ->
                    new CentralityScore(
                        new EntityRef(
                            r.get("id").asString(),
                            r.get("name").asString(),
                            EntityType.fromLabel(r.get("label").asString())),
                        r.get("score").asDouble()))
            .toList();
    new ScoreWriter(driver).write(Projection.FACTS, CentralityAlgorithm.DEGREE, degrees);
  }

  private static List<Record> run(Driver driver, String cypher) {
    try (var session = driver.session()) {
      return session.run(cypher).list();
    }
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

  /**
   * Bloom draws what a phrase returns: nodes, relationships, paths, or lists of them. Each phrase,
   * with parameters from its own suggestions, returns such elements on the sample corpus and
   * nothing else (no counts, no strings).
   */
  @Test
  void everySearchPhraseReturnsNodesAndRelationshipsToDraw() {
    for (JsonNode template : PERSPECTIVE.get("templates")) {
      String text = template.get("text").asText();
      List<Map<String, Object>> bindings = bindings(template);
      assertThat(bindings).as("parameter values for %s", text).isNotEmpty();
      int drawn = 0;
      for (Map<String, Object> parameters : bindings) {
        List<Record> rows = run(template.get("cypher").asText(), parameters);
        for (Record row : rows) {
          for (Value value : row.values()) {
            drawn += graphElements(value, text);
          }
        }
        if (drawn > 0) {
          break;
        }
      }
      assertThat(drawn)
          .as("graph elements %s draws on the sample corpus with its suggestions", text)
          .isPositive();
    }
  }

  /** The number of nodes, relationships and paths in a value; anything else fails the test. */
  private static int graphElements(Value value, String phrase) {
    // The driver names list types "LIST OF ANY?".
    String type = value.type().name().replaceFirst("^LIST.*", "LIST");
    return switch (type) {
      case "NODE", "RELATIONSHIP", "PATH" -> 1;
      case "NULL" -> 0;
      case "LIST" -> value.asList(v -> v).stream().mapToInt(v -> graphElements(v, phrase)).sum();
      default ->
          throw new AssertionError(
              "the phrase '" + phrase + "' returns a " + type + ", which Bloom cannot draw");
    };
  }

  /**
   * The parameter values to try, from each parameter's suggestions in order, as an analyst picking
   * from the lists would: every combination of the first few suggestions, no two entity parameters
   * alike.
   */
  private List<Map<String, Object>> bindings(JsonNode template) {
    List<Map<String, Object>> bindings = new ArrayList<>();
    bindings.add(new HashMap<>());
    for (JsonNode param : template.get("params")) {
      List<Object> values =
          suggestions(param).stream().map(Value::asObject).limit(SUGGESTIONS_TRIED).toList();
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> binding : bindings) {
        for (Object value : values) {
          if (binding.containsValue(value)) {
            continue;
          }
          Map<String, Object> extended = new HashMap<>(binding);
          extended.put(param.get("name").asText().substring(1), value);
          next.add(extended);
        }
      }
      bindings = next;
    }
    return bindings;
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

  private List<Value> suggestions(JsonNode param) {
    return run(param.get("cypher").asText(), Map.of()).stream().map(r -> r.get(0)).toList();
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
