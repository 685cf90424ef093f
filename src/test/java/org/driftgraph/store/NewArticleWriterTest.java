package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flat rows of {@link NewArticleWriter}: one per mention, per claim id and per claim link. */
class NewArticleWriterTest {
  @Test
  void aRepeatedClaimIdKeepsItsLastRowAndLinksAreDistinct() {
    Map<String, Object> first =
        claim("c1", List.of("telegram"), List.of(), Map.of("id", "c1", "confidence", 0.5));
    Map<String, Object> second =
        claim("c2", List.of(), List.of("ev-1", "ev-1"), Map.of("id", "c2"));
    Map<String, Object> again =
        claim("c1", List.of("tamtam", "tamtam"), List.of(), Map.of("id", "c1", "confidence", 0.9));
    Map<String, Object> article =
        Map.of(
            "id", "a1",
            "properties", Map.of("id", "a1"),
            "mentions",
                List.of(
                    Map.of("entityId", "isis", "count", 2L),
                    Map.of("entityId", "telegram", "count", 1L)),
            "claims", List.of(first, second, again));

    NewArticleWriter.Flat flat = NewArticleWriter.flatten(List.of(article));

    assertThat(flat.mentions())
        .containsExactly(
            Map.of("articleId", "a1", "entityId", "isis", "count", 2L),
            Map.of("articleId", "a1", "entityId", "telegram", "count", 1L));
    assertThat(flat.claims())
        .extracting(row -> row.get("properties"))
        .containsExactly(Map.of("id", "c2"), Map.of("id", "c1", "confidence", 0.9));
    assertThat(flat.claims())
        .allSatisfy(
            row ->
                assertThat(row)
                    .containsEntry("articleId", "a1")
                    .containsEntry("subjectId", "isis")
                    .containsEntry("objectId", "telegram"));
    assertThat(flat.from()).containsExactly(Map.of("claimId", "c1", "entityId", "tamtam"));
    assertThat(flat.about()).containsExactly(Map.of("claimId", "c2", "entityId", "ev-1"));
  }

  @Test
  void anArticleWithoutMentionsOrClaimsHasNoRows() {
    NewArticleWriter.Flat flat =
        NewArticleWriter.flatten(
            List.of(
                Map.of(
                    "id", "a1",
                    "properties", Map.of("id", "a1"),
                    "mentions", List.of(),
                    "claims", List.of())));
    assertThat(flat.mentions()).isEmpty();
    assertThat(flat.claims()).isEmpty();
    assertThat(flat.from()).isEmpty();
    assertThat(flat.about()).isEmpty();
  }

  private static Map<String, Object> claim(
      String id, List<String> fromIds, List<String> eventIds, Map<String, Object> properties) {
    return Map.of(
        "id", id,
        "subjectId", "isis",
        "objectId", "telegram",
        "fromIds", fromIds,
        "eventIds", eventIds,
        "properties", properties);
  }
}
