package org.driftgraph.serve.bloom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

/**
 * The perspective covers the model, every search phrase file and the scene actions, and its Cypher
 * runs on every Neo4j 5 server without plugins. ({@link BloomPerspectiveFormatTest} checks the
 * structure against the Bloom 2.6.0 export format.)
 */
class PerspectiveGeneratorTest {
  private static final Path COMMITTED = Path.of("cypher/bloom/driftgraph.bloom-perspective.json");

  private final ObjectNode perspective = PerspectiveGenerator.perspective();

  @Test
  void hasTheTopLevelKeysOfABloom26ExportInItsOrder() {
    assertThat(names(perspective))
        .containsExactly(
            "categories",
            "name",
            "id",
            "labels",
            "relationshipTypes",
            "palette",
            "createdAt",
            "lastEditedAt",
            "templates",
            "hiddenRelationshipTypes",
            "hiddenCategories",
            "hideUncategorisedData",
            "isAuto",
            "parentPerspectiveId",
            "metadata",
            "sceneActions",
            "version");
    assertThat(perspective.get("version").asText()).isEqualTo("2.6.0");
    assertThat(perspective.get("palette").get("colors")).hasSize(14);
  }

  @Test
  void everyEntityTypeAndTheProvenanceLabelsHaveACategory() {
    List<String> labels =
        new ArrayList<>(Arrays.stream(EntityType.values()).map(EntityType::label).toList());
    labels.addAll(List.of("Article", "Claim"));
    for (String label : labels) {
      JsonNode category = category(label);
      assertThat(category.get("color").asText()).matches("#[0-9A-F]{6}");
      assertThat(category.get("icon").asText())
          .matches("[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}");
      assertThat(perspective.get("labels").has(label)).isTrue();
    }
    for (EntityType type : EntityType.values()) {
      JsonNode category = category(type.label());
      assertThat(texts(category.get("captionKeys"))).containsExactly("name", "id");
    }
  }

  @Test
  void discoveredEntitiesAreGreyedOut() {
    for (EntityType type : EntityType.values()) {
      assertThat(category(type.label()).get("styleRules"))
          .singleElement()
          .satisfies(
              rule -> {
                assertThat(rule.get("type").asText()).isEqualTo("single");
                assertThat(rule.get("basedOn").asText()).isEqualTo("discovered_boolean");
                assertThat(rule.get("condition").asText()).isEqualTo("is-true");
                assertThat(rule.get("applyColor").asBoolean()).isTrue();
              });
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
  void everyPhraseFileIsASearchPhraseNamedAsAnAnalystReadsIt() {
    List<SearchPhrase> phrases = SearchPhrases.list();
    assertThat(phrases).hasSameSizeAs(SearchPhrases.FILES);
    JsonNode templates = perspective.get("templates");
    assertThat(texts(templates, "text"))
        .containsExactlyElementsOf(phrases.stream().map(SearchPhrase::text).toList());
    for (JsonNode template : templates) {
      String name = template.get("name").asText();
      // A sentence, not a file slug: it starts with a capital and has spaces.
      assertThat(name).matches("[A-Z].* .*").doesNotMatch("[a-z0-9-]+");
      assertThat(template.has("description")).isFalse();
      for (JsonNode param : template.get("params")) {
        assertThat(template.get("text").asText()).contains(param.get("name").asText());
      }
    }
  }

  @Test
  void noPerspectiveCypherNeedsApocOrTheCallSubquerySyntaxOf523() {
    List<String> cypher = new ArrayList<>();
    perspective.get("templates").forEach(t -> cypher.add(t.get("cypher").asText()));
    perspective
        .get("templates")
        .forEach(t -> t.get("params").forEach(p -> cypher.add(p.get("cypher").asText(""))));
    perspective.get("sceneActions").forEach(a -> cypher.add(a.get("cypher").asText()));
    assertThat(cypher)
        .isNotEmpty()
        .allSatisfy(
            text ->
                assertThat(text.toLowerCase(java.util.Locale.ROOT))
                    .doesNotContain("apoc.")
                    .doesNotContainPattern("call\\s*\\(")
                    .doesNotContain("tojson"));
  }

  @Test
  void aPhraseWhoseParametersDoNotMatchItsTextIsAnErrorNamingTheFile() {
    assertThatThrownBy(
            () ->
                SearchPhrases.parse(
                    "bad.cypher",
                    "// name: Bad phrase\n// phrase: Facts of $entity\nMATCH (e) RETURN e"))
        .hasMessageContaining("search-phrases/bad.cypher")
        .hasMessageContaining("[entity]");
    assertThatThrownBy(
            () ->
                SearchPhrases.parse(
                    "unused.cypher",
                    "// name: Unused\n// phrase: Facts of $entity\n"
                        + "// param: entity string - id of the entity\nMATCH (e) RETURN e"))
        .hasMessageContaining("does not use the parameter $entity");
  }

  @Test
  void entityParametersSuggestEntityIdsOfTheTypesTheyTake() {
    assertThat(suggestion("Migration chain of $actor", "$actor")).contains("['Actor', 'Outlet']");
    assertThat(suggestion("Ownership chain of $platform", "$platform")).contains("['Platform']");
    assertThat(suggestion("First carriers of $event", "$event")).contains("['Event']");
    for (String parameter : List.of("$subject", "$object")) {
      assertThat(suggestion("Evidence for $subject $type $object", parameter))
          .contains("['Actor', 'Platform', 'Outlet', 'Organization', 'Event']");
    }
    assertThat(suggestion("Evidence for $subject $type $object", "$type"))
        .contains("'MIGRATED_TO'", "'PARTNERED_WITH'");
    assertThat(suggestion("Top $limit entities by $property", "$property"))
        .contains("'pagerank'", "'platformsPagerank'");
    assertThat(suggestion("Top $limit entities by degree", "$limit")).contains("[10]");
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
        .contains("$nodes", "$relationships", ":Claim", "STATED_IN", "UNION");
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

  private JsonNode template(String text) {
    return StreamSupport.stream(perspective.get("templates").spliterator(), false)
        .filter(t -> t.get("text").asText().equals(text))
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
