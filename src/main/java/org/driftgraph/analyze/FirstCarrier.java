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
 */
public record FirstCarrier(
    int rank,
    EntityRef platform,
    String date,
    List<String> subjects,
    Long lagMinutes,
    Long lagDays,
    List<Evidence> evidence)
    implements AnalysisRow {
  public FirstCarrier {
    Objects.requireNonNull(platform, "platform");
    subjects = List.copyOf(subjects);
    evidence = List.copyOf(evidence);
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
    row.put("evidence", evidence.stream().map(Evidence::toRow).toList());
    return row;
  }
}
