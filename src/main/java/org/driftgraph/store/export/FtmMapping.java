package org.driftgraph.store.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How the graph model reads in FollowTheMoney, one row of the export's Cypher at a time.
 *
 * <ul>
 *   <li>Entities: an Actor of kind {@code person} is a {@code Person}, any other actor and every
 *       Outlet an {@code Organization}; an Organization of kind {@code company} a {@code Company},
 *       others an {@code Organization}; a Platform a {@code Company}, because a platform is run by
 *       a business and is owned (FtM's {@code Ownership} owns an {@code Asset}, and {@code Company}
 *       is the legal entity that is also an asset); an Event an {@code Event}.
 *   <li>Articles: {@code Article} (a kind of Document), named by their title, with the text as
 *       description so that Aleph indexes it.
 *   <li>Facts: {@code OWNED_BY} an {@code Ownership} (owner: the object, asset: the platform);
 *       every other fact an {@code UnknownLink} with its role in words ("migrated to"). Both carry
 *       the first claim date as start date, the claim dates as dates, the articles as proof and
 *       their URLs as source links, and the claims' sentences as description.
 * </ul>
 *
 * <p>Ids are stable: {@code driftgraph-entity-<id>}, {@code driftgraph-article-<id>}, and for a
 * fact the SHA-1 of subject, type and object.
 */
final class FtmMapping {
  static final String PREFIX = "driftgraph-";
  private static final Pattern DATE =
      Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?)?)?)?");
  private static final Map<String, String> LANGUAGES = Map.of("ar", "ara", "en", "eng");
  private static final Set<String> LEGAL_ENTITIES = Set.of("Person", "Organization", "Company");
  private static final int MAX_SENTENCES = 10;

  private FtmMapping() {}

  static String entityId(String id) {
    return PREFIX + "entity-" + id;
  }

  static String articleId(String id) {
    return PREFIX + "article-" + id;
  }

  static String factId(String subject, String type, String object) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1")
              .digest(
                  (subject + "\u001f" + type + "\u001f" + object).getBytes(StandardCharsets.UTF_8));
      return PREFIX + "fact-" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }

  /** The FtM schema of an entity type label and kind. */
  static String schema(String label, String kind) {
    return switch (label) {
      case "Actor" -> "person".equals(kind) ? "Person" : "Organization";
      case "Outlet" -> "Organization";
      case "Organization" -> "company".equals(kind) ? "Company" : "Organization";
      case "Platform" -> "Company";
      case "Event" -> "Event";
      default -> throw new IllegalArgumentException("no FtM schema for the label " + label);
    };
  }

  static FtmEntity entity(Map<String, Object> row) {
    String id = (String) row.get("id");
    String label = (String) row.get("label");
    String name = (String) row.get("name");
    FtmEntity.Builder entity =
        new FtmEntity.Builder(entityId(id), schema(label, (String) row.get("kind")));
    entity.add("name", name == null || name.isBlank() ? id : name);
    if (row.get("names") instanceof List<?> names) {
      names.stream().filter(n -> !n.equals(name)).forEach(n -> entity.add("alias", n));
    }
    entity.add("keywords", label).add("keywords", row.get("kind"));
    if ("Event".equals(label)) {
      entity.add("date", date(row.get("date")));
    }
    if (Boolean.TRUE.equals(row.get("discovered"))) {
      entity.add("notes", "Found by driftgraph's extractor from textual cues; not yet reviewed.");
    }
    return entity.build();
  }

  static FtmEntity article(Map<String, Object> row) {
    String id = (String) row.get("id");
    FtmEntity.Builder article = new FtmEntity.Builder(articleId(id), "Article");
    Object title = row.get("title");
    article.add("name", firstPresent(title, row.get("url"), row.get("file"), id));
    article.add("title", title);
    article.add("publishedAt", date(row.get("published")));
    article.add("language", LANGUAGES.get(String.valueOf(row.get("language"))));
    article.add("sourceUrl", url(row.get("url")));
    article.add("publisher", row.get("publisher"));
    article.add("fileName", row.get("file"));
    article.add("encoding", row.get("encoding"));
    article.add("description", row.get("text"));
    return article.build();
  }

  static FtmEntity fact(Map<String, Object> row) {
    String subject = (String) row.get("subject");
    String type = (String) row.get("type");
    String object = (String) row.get("object");
    String subjectSchema =
        schema((String) row.get("subjectLabel"), (String) row.get("subjectKind"));
    String objectSchema = schema((String) row.get("objectLabel"), (String) row.get("objectKind"));
    boolean ownership =
        type.equals("OWNED_BY")
            && subjectSchema.equals("Company")
            && LEGAL_ENTITIES.contains(objectSchema);
    String role = type.toLowerCase(Locale.ROOT).replace('_', ' ');
    FtmEntity.Builder fact =
        new FtmEntity.Builder(
            factId(subject, type, object), ownership ? "Ownership" : "UnknownLink");
    if (ownership) {
      fact.add("owner", entityId(object)).add("asset", entityId(subject));
    } else {
      fact.add("subject", entityId(subject)).add("object", entityId(object));
    }
    fact.add("role", role);
    fact.add("startDate", date(row.get("firstDate")));
    fact.add("date", date(row.get("firstDate"))).add("date", date(row.get("lastDate")));
    fact.add("summary", summary(row, role));
    if (row.get("sentences") instanceof List<?> sentences) {
      fact.add(
          "description",
          String.join("\n", sentences.stream().limit(MAX_SENTENCES).map(String::valueOf).toList()));
    }
    if (row.get("articleIds") instanceof List<?> articles) {
      articles.forEach(a -> fact.add("proof", articleId(String.valueOf(a))));
    }
    if (row.get("urls") instanceof List<?> urls) {
      urls.forEach(u -> fact.add("sourceUrl", url(u)));
    }
    fact.add("recordId", type + " " + subject + " " + object);
    return fact.build();
  }

  /** "Islamic State migrated to TamTam (from Telegram; 3 claims in 2 articles, asserted)". */
  private static String summary(Map<String, Object> row, String role) {
    StringBuilder summary =
        new StringBuilder()
            .append(firstPresent(row.get("subjectName"), row.get("subject")))
            .append(' ')
            .append(role)
            .append(' ')
            .append(firstPresent(row.get("objectName"), row.get("object")))
            .append(" (");
    if (row.get("from") instanceof List<?> from && !from.isEmpty()) {
      summary
          .append("from ")
          .append(String.join(", ", from.stream().map(String::valueOf).toList()));
      summary.append("; ");
    }
    return summary
        .append(row.get("evidence"))
        .append(" claims in ")
        .append(row.get("articles"))
        .append(" articles, ")
        .append(row.get("modality"))
        .append(')')
        .toString();
  }

  /** A date as FtM writes it: an ISO prefix, UTC without the zone; null for what is not a date. */
  static String date(Object value) {
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value).strip();
    if (text.endsWith("Z")) {
      text = text.substring(0, text.length() - 1);
    }
    return DATE.matcher(text).matches() ? text : null;
  }

  private static String url(Object value) {
    String text = value == null ? "" : String.valueOf(value).strip();
    return text.startsWith("https://") || text.startsWith("http://") ? text : null;
  }

  private static Object firstPresent(Object... values) {
    for (Object value : values) {
      if (value != null && !String.valueOf(value).isBlank()) {
        return value;
      }
    }
    return null;
  }
}
