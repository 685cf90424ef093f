package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.driftgraph.model.RelationType;
import org.junit.jupiter.api.Test;

/**
 * How a ban finds whom it bans when the sentence does not name them: plural anaphora resolve to the
 * latest list of names, and the context gives a subject only to a patient that points back.
 */
class SubjectReferenceTest {
  private static final Extractor EXTRACTOR = Extraction.load(Path.of("import")).extractor();

  @Test
  void aPluralPossessiveStandsForEveryNameOfTheLatestList() {
    List<String> bans =
        bans(
            "Discord hosted ISIS for a while. In May, Twitter removed videos of Atomwaffen Division"
                + " and The Base. Then Telegram closed their channels.");
    assertThat(bans)
        .contains("atomwaffen-division -> telegram", "the-base -> telegram")
        .doesNotContain("isis -> telegram");
  }

  @Test
  void aNameStandingAloneAfterTheListDoesNotBreakIt() {
    List<String> bans =
        bans(
            "Meta restricted pages of RT and Sputnik. Microsoft dropped the RT app. TikTok then"
                + " restricted their accounts.");
    assertThat(bans).contains("rt -> tiktok", "sputnik -> tiktok");
  }

  @Test
  void aPluralPossessiveWithoutAListIsLeftToTheContext() {
    List<String> bans =
        bans("The Proud Boys organised on Parler. In January, Telegram closed their channels.");
    assertThat(bans).containsExactly("proud-boys -> telegram");
  }

  @Test
  void aBanOfUnnamedChannelsTakesNoSubjectFromTheContext() {
    assertThat(
            bans(
                "The Proud Boys organised on Parler. Telegram said it had removed hundreds of"
                    + " channels calling for violence."))
        .isEmpty();
    assertThat(
            bans(
                "The Proud Boys organised on Parler. Hundreds of their channels were removed by"
                    + " Telegram."))
        .containsExactly("proud-boys -> telegram");
  }

  private static List<String> bans(String text) {
    Article article =
        new Article(
            "0123456789abcdef",
            "a.txt",
            null,
            null,
            "2021-06-01",
            "en",
            null,
            "a.txt",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "UTF-8",
            text);
    return EXTRACTOR.extract(article).claims().stream()
        .filter(c -> c.type() == RelationType.BANNED_BY)
        .map(SubjectReferenceTest::pair)
        .distinct()
        .toList();
  }

  private static String pair(Claim claim) {
    return claim.subjectId() + " -> " + claim.objectId();
  }
}
