package org.driftgraph.analyze.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded random graph in the shape of an import: entities of every type, articles, and claims of
 * every relation type with dates of every precision (or none), origins for migrations, events for
 * announcements. Popular entities are picked far more often than others, so that there are hubs,
 * ties and many shortest paths; nothing keeps a claim sensible (an OWNED_BY cycle or a platform
 * owned by itself is allowed), because the engines must agree on whatever the graph holds.
 */
final class RandomGraph {
  private static final int ARTICLES = 12;
  private static final int CLAIMS = 1400;

  private final Random random;
  private final Map<String, List<String>> idsByLabel = new HashMap<>();
  private final List<Map<String, Object>> entities = new ArrayList<>();

  RandomGraph(long seed) {
    this.random = new Random(seed);
    addEntities("Actor", "actor", 70);
    addEntities("Outlet", "outlet", 30);
    addEntities("Platform", "platform", 80);
    addEntities("Organization", "organization", 40);
    addEntities("Event", "event", 20);
  }

  /** Parameters of {@code write-graph.cypher}: entities, articles and claims. */
  Map<String, Object> parameters() {
    List<Map<String, Object>> articles = new ArrayList<>();
    for (int i = 1; i <= ARTICLES; i++) {
      String file = String.format("random/%02d.md", i);
      articles.add(
          Map.of("id", String.format("fa%014d", i), "title", "Random article " + i, "file", file));
    }
    List<Map<String, Object>> claims = new ArrayList<>();
    for (int i = 1; i <= CLAIMS; i++) {
      claims.add(claim(String.format("rnd-%04d", i), articles.get(random.nextInt(ARTICLES))));
    }
    return Map.of("entities", entities, "articles", articles, "claims", claims);
  }

  private void addEntities(String label, String prefix, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String id = String.format("%s-%03d", prefix, i);
      ids.add(id);
      Map<String, Object> entity = new HashMap<>();
      entity.put("id", id);
      entity.put("label", label);
      entity.put("name", label + " " + i);
      entity.put("date", label.equals("Event") ? date(false) : null);
      entities.add(entity);
    }
    idsByLabel.put(label, ids);
  }

  private Map<String, Object> claim(String id, Map<String, Object> article) {
    String type =
        pick(
            List.of(
                "MIGRATED_TO",
                "MIGRATED_TO",
                "MIGRATED_TO",
                "BANNED_BY",
                "BANNED_BY",
                "ANNOUNCED_ON",
                "ANNOUNCED_ON",
                "ANNOUNCED_ON",
                "OWNED_BY",
                "AFFILIATED_WITH",
                "CLAIMED",
                "ACTIVE_ON",
                "PARTNERED_WITH"));
    String subject =
        switch (type) {
          case "OWNED_BY", "PARTNERED_WITH" -> popular("Platform");
          case "AFFILIATED_WITH" -> popular("Outlet");
          default -> popular(random.nextInt(3) == 0 ? "Outlet" : "Actor");
        };
    String object =
        switch (type) {
          case "BANNED_BY" -> popular(random.nextInt(3) == 0 ? "Organization" : "Platform");
          case "OWNED_BY" -> random.nextInt(4) == 0 ? popular("Platform") : popular("Organization");
          case "PARTNERED_WITH" -> popular("Organization");
          case "AFFILIATED_WITH" -> popular("Actor");
          case "CLAIMED" -> popular("Event");
          default -> popular("Platform");
        };
    List<String> from = new ArrayList<>();
    if (type.equals("MIGRATED_TO")) {
      for (int n = random.nextInt(3); n > 0; n--) {
        from.add(popular("Platform"));
      }
    }
    List<String> about = new ArrayList<>();
    if (type.equals("ANNOUNCED_ON") && random.nextInt(10) < 7) {
      about.add(popular("Event"));
    }
    Map<String, Object> claim = new HashMap<>();
    claim.put("id", id);
    claim.put("type", type);
    claim.put("article", article.get("id"));
    claim.put("s", subject);
    claim.put("o", object);
    claim.put("from", from);
    claim.put("about", about);
    claim.put("date", date(true));
    claim.put("start", random.nextInt(5000));
    claim.put("sentence", "Random claim " + id + ": " + subject + " " + type + " " + object + ".");
    return claim;
  }

  /** Skewed towards the first ids: the square of a uniform number favours small indexes. */
  private String popular(String label) {
    List<String> ids = idsByLabel.get(label);
    double u = random.nextDouble();
    return ids.get((int) (u * u * ids.size()));
  }

  private String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /**
   * A partial ISO date in 2018-2020, at any precision, or null (when allowed) for an undated claim.
   */
  private String date(boolean mayBeNull) {
    int precision = random.nextInt(mayBeNull ? 6 : 5);
    int year = 2018 + random.nextInt(3);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    return switch (precision) {
      case 0 -> String.valueOf(year);
      case 1 -> String.format("%d-%02d", year, month);
      case 2, 3 -> String.format("%d-%02d-%02d", year, month, day);
      case 4 ->
          String.format(
              "%d-%02d-%02dT%02d:%02dZ", year, month, day, random.nextInt(24), random.nextInt(60));
      default -> null;
    };
  }
}
