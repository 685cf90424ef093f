package org.driftgraph.serve.bloom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.RelationType;
import org.driftgraph.query.QueryParameter;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;
import org.junit.jupiter.api.Test;

/**
 * The perspective has the shape of a Bloom 2.x export and covers the model and every saved query.
 */
class PerspectiveGeneratorTest {
  private static final Path COMMITTED = Path.of("cypher/bloom/driftgraph.bloom-perspective.json");

  private final ObjectNode perspective = PerspectiveGenerator.perspective();

  @Test
  void hasTheTopLevelKeysOfARealExport() {
    assertThat(names(perspective))
        .contains(
            "name",
            "id",
            "categories",
            "labels",
            "relationshipTypes",
            "palette",
            "createdAt",
            "lastEditedAt",
            "templates",
            "sceneActions",
            "hiddenRelationshipTypes",
            "hiddenCategories",
            "hideUncategorisedData",
            "parentPerspectiveId",
            "metadata",
            "version");
    assertThat(perspective.get("version").asText()).startsWith("2.");
    assertThat(perspective.get("palette").get("colors")).hasSize(14);
    assertThat(names(perspective.get("metadata"))).contains("pathSegments", "indexes", "stats");
  }

  @Test
  void everyEntityTypeAndTheProvenanceLabelsHaveACategory() {
    List<String> labels =
        new ArrayList<>(Arrays.stream(EntityType.values()).map(EntityType::label).toList());
    labels.addAll(List.of("Article", "Claim"));
    for (String label : labels) {
      JsonNode category = category(label);
      assertThat(names(category))
          .contains(
              "id",
              "name",
              "color",
              "size",
              "icon",
              "labels",
              "properties",
              "caption",
              "captionKeys",
              "createdAt",
              "lastEditedAt",
              "styleRules");
      assertThat(category.get("color").asText()).matches("#[0-9A-F]{6}");
      assertThat(category.get("icon").asText())
          .matches("[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}");
      assertThat(perspective.get("labels").has(label)).isTrue();
    }
    for (EntityType type : EntityType.values()) {
      JsonNode category = category(type.label());
      assertThat(texts(category.get("captionKeys"))).containsExactly("name", "id");
      assertThat(category.get("properties"))
          .anySatisfy(
              p -> {
                assertThat(p.get("name").asText()).isEqualTo("name");
                assertThat(p.get("isCaption").asBoolean()).isTrue();
              });
    }
  }

  @Test
  void entitiesAreSizedByPagerank() {
    for (EntityType type : EntityType.values()) {
      assertThat(category(type.label()).get("styleRules"))
          .singleElement()
          .satisfies(
              rule -> {
                assertThat(rule.get("type").asText()).isEqualTo("range");
                assertThat(rule.get("basedOn").asText()).isEqualTo("pagerank_number");
                assertThat(rule.get("applySize").asBoolean()).isTrue();
                assertThat(rule.get("minSize").asDouble())
                    .isLessThan(rule.get("maxSize").asDouble());
              });
      assertThat(texts(perspective.get("labels").get(type.label()), "propertyKey"))
          .contains("pagerank");
    }
    assertThat(category("Claim").get("styleRules")).isEmpty();
  }

  @Test
  void everyFactAndProvenanceRelationshipTypeHasAColour() {
    List<String> types =
        new ArrayList<>(Arrays.stream(RelationType.values()).map(Enum::name).toList());
    types.add("DISPLACED_TO");
    types.addAll(GraphStyle.PROVENANCE);
    assertThat(texts(perspective.get("relationshipTypes"), "name"))
        .containsExactlyElementsOf(types);
    perspective
        .get("relationshipTypes")
        .forEach(
            type -> {
              assertThat(type.get("id").asText()).isEqualTo(type.get("name").asText());
              assertThat(type.get("color").asText()).matches("#[0-9A-F]{6}");
            });
  }

  @Test
  void everySavedQueryIsASearchPhraseWithAllItsParameters() {
    List<SavedQuery> queries = SavedQueries.list();
    JsonNode templates = perspective.get("templates");
    assertThat(texts(templates, "name"))
        .containsExactlyElementsOf(queries.stream().map(SavedQuery::name).toList());
    for (SavedQuery query : queries) {
      JsonNode template = template(query.name());
      assertThat(names(template))
          .contains("name", "id", "createdAt", "text", "cypher", "params", "hasCypherErrors");
      List<String> parameters = query.parameters().stream().map(p -> "$" + p.name()).toList();
      assertThat(texts(template.get("params"), "name")).containsExactlyElementsOf(parameters);
      parameters.forEach(
          parameter -> assertThat(template.get("text").asText()).contains(parameter));
      // The saved query is inside the phrase as it is, not a copy edited by hand.
      assertThat(template.get("cypher").asText())
          .startsWith("CALL () {\n")
          .contains(query.cypher().indent(2).stripTrailing());
    }
  }

  @Test
  void entityParametersSuggestEntityIdsOfTheTypesTheyTake() {
    assertThat(suggestion("migration-chain", "$actor")).contains("['Actor', 'Outlet']");
    assertThat(suggestion("ownership-chains", "$platform")).contains("['Platform']");
    assertThat(suggestion("first-carriers", "$event")).contains("['Event']");
    for (String parameter : List.of("$subject", "$object")) {
      assertThat(suggestion("explain-fact", parameter))
          .contains("['Actor', 'Platform', 'Outlet', 'Organization', 'Event']");
    }
    assertThat(suggestion("shortest-paths", "$from")).contains("RETURN entity.id AS id");
    assertThat(suggestion("explain-fact", "$type")).contains("'MIGRATED_TO'", "'PARTNERED_WITH'");
    assertThat(suggestion("top-by-score", "$property"))
        .contains("'pagerank'", "'platformsPagerank'");
    assertThat(suggestion("shortest-paths", "$all")).contains("[false, true]");
    assertThat(suggestion("top-entities-by-degree", "$limit")).contains("[10]");
  }

  @Test
  void aParameterWithNothingToSuggestHasNoSuggestionCypher() {
    assertThat(ParameterSuggestions.cypher(new QueryParameter("note", "string", null, "free text")))
        .isNull();
  }

  @Test
  void theSceneActionsShowEvidenceAndExpandMigrationsOfTheSelection() {
    JsonNode actions = perspective.get("sceneActions");
    assertThat(texts(actions, "name")).containsExactly("Show evidence", "Expand migrations");
    actions.forEach(
        action ->
            assertThat(names(action))
                .contains("name", "id", "createdAt", "cypher", "hasCypherErrors"));
    assertThat(actions.get(0).get("cypher").asText())
        .contains("$nodes", "$relationships", ":Claim", "STATED_IN");
    assertThat(actions.get(1).get("cypher").asText())
        .contains("$nodes", "MIGRATED_TO|DISPLACED_TO");
  }

  @Test
  void theCommittedFileIsWhatTheGeneratorWrites() throws Exception {
    assertThat(Files.exists(COMMITTED))
        .as("%s exists (./driftgraph bloom writes it)", COMMITTED)
        .isTrue();
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it with ./driftgraph bloom", COMMITTED)
        .isEqualTo(PerspectiveGenerator.json());
    assertThat(new ObjectMapper().readTree(COMMITTED.toFile())).isEqualTo(perspective);
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    assertThat(PerspectiveGenerator.json()).isEqualTo(PerspectiveGenerator.json());
  }

  private JsonNode category(String label) {
    return StreamSupport.stream(perspective.get("categories").spliterator(), false)
        .filter(c -> texts(c.get("labels")).equals(List.of(label)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no category for " + label));
  }

  private JsonNode template(String name) {
    return StreamSupport.stream(perspective.get("templates").spliterator(), false)
        .filter(t -> t.get("name").asText().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private String suggestion(String query, String parameter) {
    return StreamSupport.stream(template(query).get("params").spliterator(), false)
        .filter(p -> p.get("name").asText().equals(parameter))
        .findFirst()
        .orElseThrow()
        .get("cypher")
        .asText();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.get(field).asText())
        .toList();
  }
}
