package org.driftgraph.extract.discover;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.text.Gazetteer;

/** Test articles and a small gazetteer that lacks the names the tests discover. */
final class Articles {
  static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              entity(
                  "isis",
                  EntityType.ACTOR,
                  "group",
                  "Islamic State",
                  "ISIS",
                  "داعش",
                  "تنظيم الدولة",
                  "تنظيم داعش"),
              entity("telegram", EntityType.PLATFORM, null, "Telegram", "تيليجرام", "تليغرام"),
              entity("tamtam", EntityType.PLATFORM, null, "TamTam", "Tam Tam", "تام تام"),
              entity(
                  "nashir-news-agency",
                  EntityType.OUTLET,
                  "propaganda",
                  "Nashir News Agency",
                  "Nashir",
                  "وكالة ناشر",
                  "ناشر نيوز"),
              entity(
                  "amaq-news-agency",
                  EntityType.OUTLET,
                  "propaganda",
                  "Amaq News Agency",
                  "Amaq",
                  "وكالة أعماق"),
              entity("europol", EntityType.ORGANIZATION, "agency", "Europol", "يوروبول"),
              entity("bbc", EntityType.OUTLET, "press", "BBC", "بي بي سي")));

  private Articles() {}

  static Entity entity(String id, EntityType type, String kind, String name, String... names) {
    return new Entity(id, type, kind, name, List.of(names), null, false);
  }

  static Article article(String language, String text) {
    String sha256 = sha256(text);
    return new Article(
        sha256.substring(0, 16),
        "test:" + sha256,
        null,
        null,
        null,
        language,
        null,
        "test.txt",
        sha256,
        "UTF-8",
        text);
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
