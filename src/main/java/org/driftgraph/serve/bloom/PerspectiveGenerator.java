package org.driftgraph.serve.bloom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Generates the Bloom perspective {@code cypher/bloom/driftgraph.bloom-perspective.json} from the
 * graph model, the search phrases of {@code cypher/bloom/search-phrases/} and the scene actions of
 * {@code cypher/bloom/scene-actions/}, so that the file never drifts from them: {@code ./driftgraph
 * bloom} writes it, and a test fails when the committed file differs.
 *
 * <p>The layout is that of one Bloom release, 2.6.0, field for field as Bloom 2.6.0 exports a
 * perspective (UtrechtUniversity/ricgraph {@code neo4j_config/ricgraph_bloom_config.json} is such
 * an export): the keys in the order Bloom writes them, categories with {@code captionKeys} (not the
 * 2.0 {@code caption} and {@code isCaption}), relationship types with colour, size and caption
 * keys, templates and scene actions with {@code isUpdateQuery}, metadata indexes with {@code
 * propertyKeys} objects. {@code BloomPerspectiveFormatTest} holds the key set and value types of
 * each kind of object.
 *
 * <p>The output is deterministic: the ids are name-based and the timestamps a fixed instant, so
 * regenerating an unchanged model gives the same bytes.
 */
public final class PerspectiveGenerator {
  /**
   * Bloom shows createdAt/lastEditedAt only as metadata; fixed (2025-01-01T00:00Z) so the file is
   * reproducible.
   */
  static final long CREATED_AT = 1_735_689_600_000L;

  static final String NAME = "driftgraph";

  /** The Bloom release whose export format the file follows. */
  static final String VERSION = "2.6.0";

  /** Bloom's default palette, as every export carries it. */
  private static final List<String> PALETTE =
      List.of(
          "#FFE081", "#C990C0", "#F79767", "#57C7E3", "#F16667", "#D9C8AE", "#8DCC93", "#ECB5C9",
          "#4C8EDA", "#FFC454", "#DA7194", "#569480", "#848484", "#D9D9D9");

  private PerspectiveGenerator() {}

  /** The perspective with the search phrases of {@code cypher/bloom/search-phrases/}. */
  public static ObjectNode perspective() {
    return perspective(SearchPhrases.list());
  }

  public static ObjectNode perspective(List<SearchPhrase> phrases) {
    ObjectNode perspective = JsonNodeFactory.instance.objectNode();
    perspective.set("categories", GraphStyle.categories(CREATED_AT));
    perspective.put("name", NAME);
    perspective.put(
        "id",
        UUID.nameUUIDFromBytes("driftgraph/perspective".getBytes(StandardCharsets.UTF_8))
            .toString());
    perspective.set("labels", GraphStyle.labels());
    perspective.set("relationshipTypes", GraphStyle.relationshipTypes());
    ObjectNode palette = perspective.putObject("palette");
    ArrayNode colors = palette.putArray("colors");
    PALETTE.forEach(colors::add);
    palette.put("currentIndex", GraphStyle.CATEGORIES.size() % PALETTE.size());
    perspective.put("createdAt", CREATED_AT);
    perspective.put("lastEditedAt", CREATED_AT);
    perspective.set("templates", SearchPhrases.templates(phrases));
    perspective.putArray("hiddenRelationshipTypes");
    perspective.putArray("hiddenCategories");
    perspective.put("hideUncategorisedData", false);
    perspective.put("isAuto", false);
    perspective.putNull("parentPerspectiveId");
    ObjectNode metadata = perspective.putObject("metadata");
    metadata.set("pathSegments", GraphStyle.pathSegments());
    metadata.set("indexes", indexes());
    ObjectNode stats = metadata.putObject("stats");
    stats.putObject("labels");
    stats.putObject("relationshipTypes");
    perspective.set("sceneActions", SceneActions.of());
    perspective.put("version", VERSION);
    return perspective;
  }

  /** The perspective as the file holds it: two-space indent, LF line ends, a final newline. */
  public static String json() {
    return render(perspective());
  }

  static String render(ObjectNode perspective) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(perspective) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the perspective as JSON", e);
    }
  }

  /** The property indexes of cypher/schema.cypher that Bloom's search can use. */
  private static ArrayNode indexes() {
    ArrayNode indexes = JsonNodeFactory.instance.arrayNode();
    index(indexes, "Entity", "id", "name", "type");
    index(indexes, "Article", "id", "sourceKey", "sha256");
    index(indexes, "Claim", "id", "type");
    return indexes;
  }

  private static void index(ArrayNode indexes, String label, String... keys) {
    ObjectNode index = indexes.addObject();
    index.put("label", label);
    index.put("type", "native");
    ArrayNode propertyKeys = index.putArray("propertyKeys");
    for (String key : keys) {
      propertyKeys.addObject().put("key", key).put("metadataProp", false);
    }
  }
}
