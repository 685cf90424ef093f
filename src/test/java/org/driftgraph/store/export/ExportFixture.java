package org.driftgraph.store.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * A small graph in the shape of the graph model, with the values an export must carry intact:
 * Arabic text with commas, quotes and line breaks (LF and CRLF), lists (one empty), missing
 * properties, integers, floats and booleans, and every claim link (SUBJECT, OBJECT, FROM, ABOUT).
 */
final class ExportFixture {

  static final String ARTICLE_TEXT =
      "قالت وكالة \"ناشر\" إن التنظيم انتقل من تيليجرام إلى تام تام، بعد حملة يوروبول, ثم أعلن ذلك.\r\n"
          + "سطر ثانٍ فيه فاصلة, و\"اقتباس\" داخل النص.\n"
          + "\"سطر ثالث\", بلا نهاية";
  static final String CLAIM_SENTENCE =
      "قالت وكالة \"ناشر\" إن التنظيم انتقل من تيليجرام إلى تام تام، بعد حملة يوروبول,";

  private static final String CREATE_NODES =
      "UNWIND $nodes AS node CREATE (n) SET n = node.properties, n:$(node.labels)";
  private static final String CREATE_RELATIONSHIPS =
      """
      UNWIND $relationships AS rel
      MATCH (a {id: rel.start}) WHERE rel.startLabel IN labels(a)
      MATCH (b {id: rel.end}) WHERE rel.endLabel IN labels(b)
      CREATE (a)-[r:$(rel.type)]->(b) SET r = rel.properties
      """;
  private static final String NODES_SNAPSHOT =
      "MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties";
  private static final String RELATIONSHIPS_SNAPSHOT =
      """
      MATCH (a)-[r]->(b)
      RETURN a.id AS start, labels(a) AS startLabels, type(r) AS type, b.id AS end, labels(b) AS endLabels,
             properties(r) AS properties
      """;

  private ExportFixture() {}

  static void wipe(Driver driver) {
    try (Session session = driver.session()) {
      session.run("MATCH (n) DETACH DELETE n").consume();
    }
  }

  static void create(Driver driver) {
    try (Session session = driver.session()) {
      session.run(CREATE_NODES, Map.of("nodes", nodes())).consume();
      session.run(CREATE_RELATIONSHIPS, Map.of("relationships", relationships())).consume();
    }
  }

  private static List<Map<String, Object>> nodes() {
    List<Map<String, Object>> nodes = new ArrayList<>();
    nodes.add(
        entity(
            "Actor",
            props(
                "id",
                "isis",
                "name",
                "Islamic State",
                "type",
                "actor",
                "kind",
                "group",
                "names",
                List.of("Islamic State", "ISIS", "الدولة الإسلامية", "داعش"),
                "discovered",
                false)));
    nodes.add(
        entity(
            "Platform",
            props(
                "id",
                "telegram",
                "name",
                "Telegram",
                "type",
                "platform",
                "names",
                List.of("Telegram", "تيليجرام", "تلغرام"),
                "discovered",
                false)));
    nodes.add(
        entity(
            "Platform",
            props(
                "id",
                "tamtam",
                "name",
                "TamTam",
                "type",
                "platform",
                "names",
                List.of("TamTam", "تام تام", "\"TamTam\", the app"),
                "discovered",
                false)));
    nodes.add(
        entity(
            "Platform",
            props(
                "id",
                "rocket-chat",
                "name",
                "Rocket.Chat",
                "type",
                "platform",
                "names",
                List.of(),
                "discovered",
                true)));
    nodes.add(
        entity(
            "Outlet",
            props(
                "id",
                "nashir-news-agency",
                "name",
                "Nashir News Agency",
                "type",
                "outlet",
                "kind",
                "propaganda",
                "names",
                List.of("Nashir News Agency", "وكالة ناشر"),
                "discovered",
                false)));
    nodes.add(
        entity(
            "Organization",
            props(
                "id",
                "mail-ru-group",
                "name",
                "Mail.Ru Group",
                "type",
                "organization",
                "kind",
                "company",
                "names",
                List.of("Mail.Ru Group"),
                "discovered",
                false)));
    nodes.add(
        entity(
            "Event",
            props(
                "id",
                "london-bridge-attack-2019",
                "name",
                "London Bridge attack",
                "type",
                "event",
                "date",
                "2019-11-29",
                "names",
                List.of("London Bridge attack", "هجوم جسر لندن"),
                "discovered",
                false)));
    nodes.add(
        node(
            List.of("Article"),
            props(
                "id",
                "a1b2c3d4e5f60718",
                "sourceKey",
                "https://example.org/ar/1",
                "title",
                "عنوان، فيه \"علامات\"",
                "url",
                "https://example.org/ar/1",
                "published",
                "2019-11-30",
                "language",
                "ar",
                "publisher",
                "example.org",
                "file",
                "corpus/ar/1.html",
                "sha256",
                "a1b2c3d4e5f60718" + "0".repeat(48),
                "encoding",
                "UTF-8",
                "encodingEvidence",
                "valid UTF-8",
                "text",
                ARTICLE_TEXT)));
    nodes.add(
        node(
            List.of("Article"),
            props(
                "id",
                "0f1e2d3c4b5a6978",
                "sourceKey",
                "corpus/en/2.txt",
                "title",
                "TamTam, Telegram and the \"exodus\"",
                "language",
                "en",
                "file",
                "corpus/en/2.txt",
                "sha256",
                "0f1e2d3c4b5a6978" + "1".repeat(48),
                "encoding",
                "windows-1252",
                "text",
                "Plain English text, with a comma.")));
    nodes.add(claim("c-migrated", "MIGRATED_TO", "2019-11", "MONTH", "reported", 0.8));
    nodes.add(claim("c-banned", "BANNED_BY", null, null, "asserted", 0.9));
    nodes.add(claim("c-owned", "OWNED_BY", "2017", "YEAR", "hedged", 0.55));
    nodes.add(claim("c-announced", "ANNOUNCED_ON", "2019-11-29T17:55Z", "MINUTE", "asserted", 0.7));
    return nodes;
  }

  private static Map<String, Object> claim(
      String id, String type, String date, String precision, String modality, double confidence) {
    return node(
        List.of("Claim"),
        props(
            "id",
            id,
            "type",
            type,
            "sentence",
            CLAIM_SENTENCE,
            "sentenceStart",
            0L,
            "start",
            5L,
            "end",
            60L,
            "date",
            date,
            "datePrecision",
            precision,
            "modality",
            modality,
            "confidence",
            confidence,
            "rule",
            "rule:" + type.toLowerCase()));
  }

  private static List<Map<String, Object>> relationships() {
    List<Map<String, Object>> rels = new ArrayList<>();
    for (String entity : List.of("isis", "telegram", "tamtam", "nashir-news-agency")) {
      rels.add(
          rel("Article", "a1b2c3d4e5f60718", "MENTIONS", "Entity", entity, props("count", 2L)));
    }
    rels.add(
        rel("Article", "0f1e2d3c4b5a6978", "MENTIONS", "Entity", "tamtam", props("count", 1L)));
    rels.add(rel("Claim", "c-migrated", "SUBJECT", "Entity", "isis", props()));
    rels.add(rel("Claim", "c-migrated", "OBJECT", "Entity", "tamtam", props()));
    rels.add(rel("Claim", "c-migrated", "FROM", "Entity", "telegram", props()));
    rels.add(rel("Claim", "c-migrated", "STATED_IN", "Article", "a1b2c3d4e5f60718", props()));
    rels.add(rel("Claim", "c-banned", "SUBJECT", "Entity", "isis", props()));
    rels.add(rel("Claim", "c-banned", "OBJECT", "Entity", "telegram", props()));
    rels.add(rel("Claim", "c-banned", "STATED_IN", "Article", "a1b2c3d4e5f60718", props()));
    rels.add(rel("Claim", "c-owned", "SUBJECT", "Entity", "tamtam", props()));
    rels.add(rel("Claim", "c-owned", "OBJECT", "Entity", "mail-ru-group", props()));
    rels.add(rel("Claim", "c-owned", "STATED_IN", "Article", "0f1e2d3c4b5a6978", props()));
    rels.add(rel("Claim", "c-announced", "SUBJECT", "Entity", "nashir-news-agency", props()));
    rels.add(rel("Claim", "c-announced", "OBJECT", "Entity", "tamtam", props()));
    rels.add(rel("Claim", "c-announced", "ABOUT", "Entity", "london-bridge-attack-2019", props()));
    rels.add(rel("Claim", "c-announced", "STATED_IN", "Article", "a1b2c3d4e5f60718", props()));
    rels.add(
        fact(
            "isis",
            "MIGRATED_TO",
            "tamtam",
            props(
                "evidence",
                2L,
                "articles",
                1L,
                "firstDate",
                "2019-11",
                "lastDate",
                "2019-11-30",
                "confidence",
                0.8,
                "modality",
                "reported",
                "from",
                List.of("telegram", "rocket-chat"))));
    rels.add(
        fact(
            "nashir-news-agency",
            "MIGRATED_TO",
            "tamtam",
            props(
                "evidence",
                1L,
                "articles",
                1L,
                "confidence",
                0.6,
                "modality",
                "hedged",
                "from",
                List.of())));
    rels.add(
        fact(
            "isis",
            "BANNED_BY",
            "telegram",
            props("evidence", 1L, "articles", 1L, "confidence", 0.9, "modality", "asserted")));
    rels.add(
        fact(
            "nashir-news-agency",
            "ANNOUNCED_ON",
            "tamtam",
            props(
                "evidence",
                1L,
                "articles",
                1L,
                "firstDate",
                "2019-11-29T17:55Z",
                "lastDate",
                "2019-11-29T17:55Z",
                "confidence",
                0.7,
                "modality",
                "asserted",
                "events",
                List.of("london-bridge-attack-2019"))));
    rels.add(
        fact(
            "tamtam",
            "OWNED_BY",
            "mail-ru-group",
            props(
                "evidence",
                1L,
                "articles",
                1L,
                "firstDate",
                "2017",
                "lastDate",
                "2017",
                "confidence",
                0.55,
                "modality",
                "hedged")));
    rels.add(
        fact(
            "nashir-news-agency",
            "CLAIMED",
            "london-bridge-attack-2019",
            props("evidence", 1L, "articles", 1L, "confidence", 0.75, "modality", "reported")));
    rels.add(
        fact(
            "telegram",
            "DISPLACED_TO",
            "tamtam",
            props("actors", List.of("isis"), "evidence", 1L)));
    rels.add(
        fact(
            "rocket-chat",
            "DISPLACED_TO",
            "tamtam",
            props("actors", List.of("isis"), "evidence", 1L)));
    return rels;
  }

  private static Map<String, Object> entity(String typeLabel, Map<String, Object> properties) {
    return node(List.of("Entity", typeLabel), properties);
  }

  private static Map<String, Object> node(List<String> labels, Map<String, Object> properties) {
    return Map.of("labels", labels, "properties", properties);
  }

  private static Map<String, Object> fact(
      String start, String type, String end, Map<String, Object> properties) {
    return rel("Entity", start, type, "Entity", end, properties);
  }

  private static Map<String, Object> rel(
      String startLabel,
      String start,
      String type,
      String endLabel,
      String end,
      Map<String, Object> properties) {
    return Map.of(
        "startLabel",
        startLabel,
        "start",
        start,
        "type",
        type,
        "endLabel",
        endLabel,
        "end",
        end,
        "properties",
        properties);
  }

  /** Alternating keys and values; null values are left out, as a missing property. */
  private static Map<String, Object> props(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        map.put((String) keyValues[i], keyValues[i + 1]);
      }
    }
    return map;
  }

  /**
   * The whole graph as comparable values: "labels id" to properties for nodes, and "start -TYPE->
   * end" to properties for relationships.
   */
  static SortedMap<String, Object> snapshot(Driver driver) {
    SortedMap<String, Object> graph = new TreeMap<>();
    try (Session session = driver.session()) {
      for (Record node : session.run(NODES_SNAPSHOT).list()) {
        Map<String, Object> properties = node.get("properties").asMap();
        graph.put(
            nodeKey(node.get("labels").asList(v -> v.asString()), properties.get("id")),
            new TreeMap<>(properties));
      }
      for (Record rel : session.run(RELATIONSHIPS_SNAPSHOT).list()) {
        graph.put(
            nodeKey(rel.get("startLabels").asList(v -> v.asString()), rel.get("start").asString())
                + " -"
                + rel.get("type").asString()
                + "-> "
                + nodeKey(
                    rel.get("endLabels").asList(v -> v.asString()), rel.get("end").asString()),
            new TreeMap<>(rel.get("properties").asMap()));
      }
    }
    return graph;
  }

  static String nodeKey(List<String> labels, Object id) {
    return labels.stream().sorted().toList() + " " + id;
  }

  static String nodesSnapshotQuery() {
    return NODES_SNAPSHOT;
  }

  static String relationshipsSnapshotQuery() {
    return RELATIONSHIPS_SNAPSHOT;
  }
}
