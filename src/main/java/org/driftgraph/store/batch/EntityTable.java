package org.driftgraph.store.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftgraph.model.Entity;
import org.driftgraph.store.ArticleRows;

/**
 * The entities of a new store, kept in memory (a few thousand) and upserted by the rules of {@code
 * cypher/write/entities.cypher}: a gazetteer entity is never overwritten by a discovered one, and a
 * discovered entity seen again accumulates its surface forms. Written as {@code entities.csv} once
 * every article is in.
 */
final class EntityTable {
  private final Map<String, Map<String, Object>> rows = new LinkedHashMap<>();

  /** Upserts in order, as the statement's UNWIND does. */
  void upsert(Collection<Entity> entities) {
    for (Entity entity : entities) {
      upsert(ArticleRows.entity(entity));
    }
  }

  private void upsert(Map<String, Object> row) {
    String id = (String) row.get("id");
    Map<String, Object> stored = rows.get(id);
    if (stored == null) {
      rows.put(id, row);
      return;
    }
    boolean storedDiscovered = (Boolean) stored.get("discovered");
    boolean discovered = (Boolean) row.get("discovered");
    if (!storedDiscovered && discovered) {
      return;
    }
    Map<String, Object> updated = new HashMap<>(row);
    if (storedDiscovered && discovered) {
      Set<Object> names = new LinkedHashSet<>((List<?>) stored.get("names"));
      names.addAll((List<?>) row.get("names"));
      updated.put("names", new ArrayList<>(names));
    }
    rows.put(id, updated);
  }

  boolean contains(String id) {
    return rows.containsKey(id);
  }

  /**
   * Writes every entity: labels {@code Entity} and its type, and {@code FactsPending} when it is
   * the subject of a claim, as the transactional path marks it ({@code
   * cypher/facts/mark-pending.cypher}).
   */
  void writeTo(CsvFile file, Set<String> subjects) {
    for (Map<String, Object> row : rows.values()) {
      Map<String, Object> values = new HashMap<>(row);
      String label = (String) values.remove("label");
      List<String> labels = new ArrayList<>(List.of("Entity", label));
      if (subjects.contains(row.get("id"))) {
        labels.add("FactsPending");
      }
      values.put("labels", labels);
      values.put("type", label);
      file.write(0, values);
    }
  }
}
