package org.driftgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement of one relation in one sentence of one article.
 *
 * @param id stable: derived from article, type, subject, object and offsets
 * @param fromIds for MIGRATED_TO, the platforms left (may be empty)
 * @param eventIds for ANNOUNCED_ON, the events the announcement is about (sorted, distinct, may be
 *     empty); empty for every other type
 * @param sentence the sentence's text as written
 * @param sentenceStart offset of the sentence in the article text
 * @param start offset of the evidence span (the trigger and its arguments) in the article text
 * @param end offset just past the evidence span
 * @param date ISO date of what the claim states, at the text's precision, or null
 * @param datePrecision precision of {@code date}, null when there is no date
 * @param confidence in [0, 1]
 * @param rule names the rule that produced the claim
 */
public record Claim(
    String id,
    RelationType type,
    String articleId,
    String subjectId,
    String objectId,
    List<String> fromIds,
    List<String> eventIds,
    String sentence,
    int sentenceStart,
    int start,
    int end,
    String date,
    DatePrecision datePrecision,
    Modality modality,
    double confidence,
    String rule) {

  public Claim {
    Ids.requireText("claim id", id);
    Objects.requireNonNull(type, "claim type");
    Ids.requireText("claim article id", articleId);
    Ids.requireSlug("claim subject", subjectId);
    Ids.requireSlug("claim object", objectId);
    fromIds = List.copyOf(fromIds == null ? List.of() : fromIds);
    fromIds.forEach(from -> Ids.requireSlug("claim from", from));
    eventIds = eventIds == null ? List.of() : eventIds;
    eventIds.forEach(event -> Ids.requireSlug("claim event", event));
    eventIds = eventIds.stream().distinct().sorted().toList();
    if (!eventIds.isEmpty() && type != RelationType.ANNOUNCED_ON) {
      throw new IllegalArgumentException(
          "claim " + id + ": only an ANNOUNCED_ON claim is about events, not " + type);
    }
    Ids.requireText("claim sentence", sentence);
    if (sentenceStart < 0 || start < sentenceStart || end < start) {
      throw new IllegalArgumentException(
          "claim "
              + id
              + " has bad offsets: sentence at "
              + sentenceStart
              + ", span ["
              + start
              + ", "
              + end
              + ")");
    }
    if (date != null && !IsoDates.isPartialIsoDate(date)) {
      throw new IllegalArgumentException(
          "claim " + id + ": date '" + date + "' is not an ISO date");
    }
    if ((date == null) != (datePrecision == null)) {
      throw new IllegalArgumentException("claim " + id + ": date and datePrecision go together");
    }
    Objects.requireNonNull(modality, "claim modality");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException(
          "claim " + id + ": confidence " + confidence + " is not in [0, 1]");
    }
    Ids.requireText("claim rule", rule);
  }
}
