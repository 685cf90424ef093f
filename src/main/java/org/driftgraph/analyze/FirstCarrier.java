package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A platform that carried claims or announcements of an event: the earliest dated ANNOUNCED_ON
 * claim about the event on it, who made them, and how long after the first platform it came.
 *
 * @param rank 1 for the first platform; platforms with equal dates share no rank (ties by id)
 * @param lagMinutes minutes after rank 1, when both dates have minute precision; else null
 * @param lagDays whole days after rank 1, when both dates have day precision or finer; else null
 * @param evidence the claims, or the strongest of them when the analysis was asked for a few
 * @param claims how many claims there are in all
 */
public record FirstCarrier(
    int rank,
    EntityRef platform,
    String date,
    List<String> subjects,
    Long lagMinutes,
    Long lagDays,
    List<Evidence> evidence,
    long claims)
    implements AnalysisRow {
  public FirstCarrier {
    Objects.requireNonNull(platform, "platform");
    subjects = List.copyOf(subjects);
    evidence = List.copyOf(evidence);
    Evidence.requireCount("the carrier " + platform.id(), evidence, claims);
  }

  /** A carrier with every claim as evidence. */
  public FirstCarrier(
      int rank,
      EntityRef platform,
      String date,
      List<String> subjects,
      Long lagMinutes,
      Long lagDays,
      List<Evidence> evidence) {
    this(rank, platform, date, subjects, lagMinutes, lagDays, evidence, evidence.size());
  }

  @Override
  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("rank", rank);
    row.put("id", platform.id());
    row.put("name", platform.name());
    row.put("date", date);
    row.put("subjects", subjects);
    row.put("lagMinutes", lagMinutes);
    row.put("lagDays", lagDays);
    Evidence.putList(row, "evidence", evidence, claims);
    return row;
  }
}
