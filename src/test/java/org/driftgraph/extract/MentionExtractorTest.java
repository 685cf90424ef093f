package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Mention;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;
import org.junit.jupiter.api.Test;

class MentionExtractorTest {

  @Test
  void reportsTheMentionsOfTheArticleAndNoClaims() {
    Gazetteer gazetteer =
        Gazetteer.of(
            List.of(
                new Entity("isis", EntityType.ACTOR, "group", "ISIS", List.of("داعش"), null, false),
                new Entity(
                    "tamtam",
                    EntityType.PLATFORM,
                    null,
                    "TamTam",
                    List.of("تام تام"),
                    null,
                    false)));
    Extractor extractor =
        new MentionExtractor(
            new EntityMatcher(gazetteer, RuleSet.load(Path.of("import", "rules")).affixes()));
    String text = "انتقل أنصار داعش إلى تام تام.";
    Article article =
        new Article(
            "0123456789abcdef",
            "a.txt",
            null,
            null,
            null,
            "ar",
            null,
            "a.txt",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "UTF-8",
            text);

    ExtractedArticle extracted = extractor.extract(article);

    assertThat(extracted.article()).isSameAs(article);
    assertThat(extracted.mentions())
        .containsExactly(
            new Mention("isis", 12, 16, "داعش"), new Mention("tamtam", 21, 28, "تام تام"));
    assertThat(extracted.claims()).isEmpty();
    assertThat(extracted.discovered()).isEmpty();
  }
}
