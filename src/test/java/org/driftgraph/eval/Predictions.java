package org.driftgraph.eval;

import java.util.ArrayList;
import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.Entity;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;

/** Builds hand-made extraction results for one article, as an extractor would return them. */
final class Predictions {
  private static final String SHA =
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private Article article;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private final List<Entity> discovered = new ArrayList<>();

  private Predictions(String file) {
    article =
        new Article(
            "0123456789abcdef", file, "title", null, null, "en", null, file, SHA, "UTF-8", "text");
  }

  /** The article's text and language (by default "text", in English). */
  Predictions text(String text, String language) {
    article =
        new Article(
            article.id(),
            article.sourceKey(),
            article.title(),
            null,
            null,
            language,
            null,
            article.file(),
            SHA,
            "UTF-8",
            text);
    return this;
  }

  static Predictions of(String file) {
    return new Predictions(file);
  }

  Predictions mention(String entityId, String surface) {
    mentions.add(new Mention(entityId, 0, surface.length(), surface));
    return this;
  }

  Predictions mentions(String... entityIds) {
    for (String id : entityIds) {
      mention(id, id);
    }
    return this;
  }

  Predictions discovered(Entity entity) {
    discovered.add(entity);
    return this;
  }

  Predictions claim(RelationType type, String subject, String object, String sentence) {
    return claim(type, subject, object, List.of(), null, null, sentence);
  }

  Predictions claim(
      RelationType type,
      String subject,
      String object,
      List<String> from,
      String date,
      DatePrecision precision,
      String sentence) {
    claims.add(
        new Claim(
            "c" + claims.size(),
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
            Modality.ASSERTED,
            0.9,
            "rule-" + type.name().toLowerCase()));
    return this;
  }

  ExtractedArticle build() {
    return new ExtractedArticle(article, discovered, mentions, claims);
  }
}
