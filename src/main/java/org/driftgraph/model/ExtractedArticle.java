package org.driftgraph.model;

import java.util.List;
import java.util.Objects;

/** What extraction found in one article: the unit the store writes in one transaction. */
public record ExtractedArticle(
    Article article, List<Entity> discovered, List<Mention> mentions, List<Claim> claims) {
  public ExtractedArticle {
    Objects.requireNonNull(article, "article");
    discovered = List.copyOf(discovered == null ? List.of() : discovered);
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
    claims = List.copyOf(claims == null ? List.of() : claims);
    for (Claim claim : claims) {
      if (!claim.articleId().equals(article.id())) {
        throw new IllegalArgumentException(
            "claim "
                + claim.id()
                + " belongs to article "
                + claim.articleId()
                + ", not "
                + article.id());
      }
    }
  }
}
