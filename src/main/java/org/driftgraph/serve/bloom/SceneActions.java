package org.driftgraph.serve.bloom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The scene actions, one per file in {@code cypher/bloom/scene-actions/}: Cypher that Bloom runs on
 * the selection from the context menu, reading the selected elements' element ids from {@code
 * $nodes} and {@code $relationships}.
 */
final class SceneActions {
  /** In menu order. */
  static final List<String> FILES =
      List.of("scene-actions/show-evidence.cypher", "scene-actions/expand-migrations.cypher");

  private SceneActions() {}

  static ArrayNode of() {
    ArrayNode actions = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < FILES.size(); i++) {
      String name = BloomCypher.name(FILES.get(i));
      ObjectNode action = actions.addObject();
      action.put("name", name);
      action.put(
          "id",
          UUID.nameUUIDFromBytes(
                  ("driftgraph/scene-action/" + name).getBytes(StandardCharsets.UTF_8))
              .toString());
      action.put("createdAt", PerspectiveGenerator.CREATED_AT + i);
      action.put("cypher", BloomCypher.body(FILES.get(i)));
      action.putNull("isUpdateQuery");
      action.putNull("categories");
      action.putNull("relationshipTypes");
      action.put("hasCypherErrors", false);
    }
    return actions;
  }
}
