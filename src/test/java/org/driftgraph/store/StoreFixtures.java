package org.driftgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.IsoDates;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;

/** Hand-made entities, articles and claims about ISIS leaving Telegram for TamTam. */
final class StoreFixtures {
  static final List<Entity> GAZETTEER =
      List.of(
          entity("isis", EntityType.ACTOR, "group", "Islamic State (ISIS)", "ISIS", "داعش"),
          entity(
              "nashir-news-agency", EntityType.OUTLET, "propaganda", "Nashir News Agency", "ناشر"),
          entity("telegram", EntityType.PLATFORM, null, "Telegram", "تيليجرام", "تلغرام"),
          entity("tamtam", EntityType.PLATFORM, null, "TamTam", "تام تام"),
          entity("riot", EntityType.PLATFORM, null, "Riot"),
          entity("europol", EntityType.ORGANIZATION, "agency", "Europol", "يوروبول"),
          entity("mail-ru-group", EntityType.ORGANIZATION, "company", "Mail.Ru Group"));

  /** Events that announcements are about; upserted only by the tests that need them. */
  static final List<Entity> EVENTS =
      List.of(
          new Entity(
              "london-bridge-attack-2019",
              EntityType.EVENT,
              null,
              "London Bridge attack",
              List.of("London Bridge attack", "هجوم جسر لندن"),
              "2019-11-29",
              false),
          new Entity(
              "manchester-arena-bombing",
              EntityType.EVENT,
              null,
              "Manchester Arena bombing",
              List.of("Manchester Arena bombing"),
              "2017-05-22",
              false));

  private StoreFixtures() {}

  static Entity entity(String id, EntityType type, String kind, String name, String... names) {
    return new Entity(id, type, kind, name, List.of(names), null, false);
  }

  /** An article whose id and sha256 derive from its text, as the ingest does. */
  static Article article(String sourceKey, String text) {
    String sha256 = sha256(text);
    return new Article(
        sha256.substring(0, 16),
        sourceKey,
        "Title of " + sourceKey,
        sourceKey,
        "2019-12-01",
        "en",
        "Test Wire",
        "corpus/" + Math.abs(sourceKey.hashCode()) + ".txt",
        sha256,
        "UTF-8",
        "valid UTF-8",
        text);
  }

  /** A claim over the whole text of the article, with the given date (or none). */
  static Claim claim(
      Article article,
      int n,
      RelationType type,
      String subject,
      String object,
      List<String> from,
      String date,
      Modality modality,
      double confidence) {
    String sentence = article.text();
    DatePrecision precision = date == null ? null : IsoDates.precisionOf(date);
    return new Claim(
        article.id() + "-" + n,
        type,
        article.id(),
        subject,
        object,
        from,
        List.of(),
        sentence,
        0,
        0,
        sentence.length(),
        date,
        precision,
        modality,
        confidence,
        "test-rule");
  }

  /** An ANNOUNCED_ON claim over the whole text of the article, about the given events. */
  static Claim announcement(
      Article article, int n, String subject, String platform, String date, List<String> events) {
    String sentence = article.text();
    DatePrecision precision = date == null ? null : IsoDates.precisionOf(date);
    return new Claim(
        article.id() + "-" + n,
        RelationType.ANNOUNCED_ON,
        article.id(),
        subject,
        platform,
        List.of(),
        events,
        sentence,
        0,
        0,
        sentence.length(),
        date,
        precision,
        Modality.ASSERTED,
        0.7,
        "test-rule");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
