package org.driftgraph.store.batch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.driftgraph.store.batch.CsvFile.Column;

/**
 * The node and relationship files of a new store, in the import tool's header format, written as
 * the articles come: each article version's rows carry its version number, and the versions written
 * again or replaced later are removed by {@link #finish} before the import.
 */
final class GraphSpool implements Closeable {
  static final String ENTITIES = "entities.csv";
  static final List<String> NODE_FILES = List.of(ENTITIES, "articles.csv", "claims.csv");
  static final List<String> RELATIONSHIP_FILES =
      List.of("mentions.csv", "claim-links.csv", "stated-in.csv");

  private static final List<Column> ARTICLE =
      columns(
          "id:ID(Article)",
          "labels::LABEL",
          "sourceKey",
          "title",
          "url",
          "published",
          "language",
          "publisher",
          "file",
          "sha256",
          "encoding",
          "encodingEvidence",
          "text",
          "fingerprint",
          "inputs");
  private static final List<Column> CLAIM =
      columns(
          "id:ID(Claim)",
          "labels::LABEL",
          "type",
          "sentence",
          "sentenceStart:long",
          "start:long",
          "end:long",
          "date",
          "datePrecision",
          "modality",
          "confidence:double",
          "rule");
  private static final List<Column> ENTITY =
      columns(
          "id:ID(Entity)",
          "labels::LABEL",
          "name",
          "names:string[]",
          "type",
          "kind",
          "date",
          "discovered:boolean");
  private static final List<Column> MENTION =
      columns("from::START_ID(Article)", "to::END_ID(Entity)", "count:long", "type::TYPE");
  private static final List<Column> CLAIM_LINK =
      columns("from::START_ID(Claim)", "type::TYPE", "to::END_ID(Entity)");
  private static final List<Column> STATED_IN =
      columns("from::START_ID(Claim)", "to::END_ID(Article)", "type::TYPE");

  private final Path dir;
  private final CsvFile articles;
  private final CsvFile claims;
  private final CsvFile mentions;
  private final CsvFile claimLinks;
  private final CsvFile statedIn;
  private final BitSet dead = new BitSet();
  private int versions;
  private boolean closed;

  GraphSpool(Path dir) {
    this.dir = dir;
    this.articles = new CsvFile(dir.resolve("articles.csv"), ARTICLE, true);
    this.claims = new CsvFile(dir.resolve("claims.csv"), CLAIM, true);
    this.mentions = new CsvFile(dir.resolve("mentions.csv"), MENTION, true);
    this.claimLinks = new CsvFile(dir.resolve("claim-links.csv"), CLAIM_LINK, true);
    this.statedIn = new CsvFile(dir.resolve("stated-in.csv"), STATED_IN, true);
  }

  /**
   * Columns from headers: {@code key:type} holds property {@code key}; {@code key::TYPE} (a header
   * without a property name, such as {@code :LABEL}) holds the row value {@code key}.
   */
  private static List<Column> columns(String... specs) {
    return Stream.of(specs)
        .map(
            spec -> {
              int colons = spec.indexOf("::");
              if (colons >= 0) {
                return new Column(spec.substring(0, colons), spec.substring(colons + 1));
              }
              int colon = spec.indexOf(':');
              return new Column(colon < 0 ? spec : spec.substring(0, colon), spec);
            })
        .toList();
  }

  /**
   * Writes one version of an article from its row ({@code ArticleRows.article}) and returns the
   * version number.
   */
  @SuppressWarnings("unchecked")
  int write(Map<String, Object> row) {
    int version = versions++;
    String id = (String) row.get("id");
    Map<String, Object> properties = new HashMap<>((Map<String, Object>) row.get("properties"));
    properties.put("labels", List.of("Article"));
    articles.write(version, properties);
    for (Map<String, Object> mention : (List<Map<String, Object>>) row.get("mentions")) {
      mentions.write(
          version,
          Map.of(
              "from",
              id,
              "to",
              mention.get("entityId"),
              "count",
              mention.get("count"),
              "type",
              "MENTIONS"));
    }
    // The last claim of an id wins, as MERGE then SET does in claims.cypher.
    Map<Object, Map<String, Object>> byId = new LinkedHashMap<>();
    for (Map<String, Object> claim : (List<Map<String, Object>>) row.get("claims")) {
      byId.put(claim.get("id"), claim);
    }
    for (Map<String, Object> claim : byId.values()) {
      writeClaim(version, id, claim);
    }
    return version;
  }

  @SuppressWarnings("unchecked")
  private void writeClaim(int version, String articleId, Map<String, Object> claim) {
    String id = (String) claim.get("id");
    Map<String, Object> properties = new HashMap<>((Map<String, Object>) claim.get("properties"));
    properties.put("labels", List.of("Claim"));
    claims.write(version, properties);
    statedIn.write(version, Map.of("from", id, "to", articleId, "type", "STATED_IN"));
    claimLinks.write(version, Map.of("from", id, "type", "SUBJECT", "to", claim.get("subjectId")));
    claimLinks.write(version, Map.of("from", id, "type", "OBJECT", "to", claim.get("objectId")));
    for (Object from : (List<Object>) claim.get("fromIds")) {
      claimLinks.write(version, Map.of("from", id, "type", "FROM", "to", from));
    }
    for (Object event : ((List<Object>) claim.get("eventIds")).stream().distinct().toList()) {
      claimLinks.write(version, Map.of("from", id, "type", "ABOUT", "to", event));
    }
  }

  /** The rows of this version are not to be imported: the article was written again or replaced. */
  void drop(int version) {
    dead.set(version);
  }

  /** Closes the article files, removes dropped versions, writes the entities. */
  void finish(EntityTable entities, Set<String> subjects) throws IOException {
    close();
    if (!dead.isEmpty()) {
      BitSet live = new BitSet();
      live.set(0, versions);
      live.andNot(dead);
      for (CsvFile file : List.of(articles, claims, mentions, claimLinks, statedIn)) {
        CsvFile.keepOnly(file.path(), live);
      }
    }
    try (CsvFile file = new CsvFile(dir.resolve(ENTITIES), ENTITY, false)) {
      entities.writeTo(file, subjects);
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    IOException first = null;
    for (CsvFile file : List.of(articles, claims, mentions, claimLinks, statedIn)) {
      try {
        file.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
