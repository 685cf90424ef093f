package org.driftgraph.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fact on a path. {@code from}/{@code to} are the ids in the path's walking order; {@code
 * forward} is false when the fact points against it (the path walks TamTam to Nashir over Nashir
 * MIGRATED_TO TamTam). {@code firstDate} is the fact's; evidence is in {@link Evidence#ORDER}, all
 * of the fact's claims or the strongest of them, and {@code claims} counts them all.
 */
public record Hop(
    String from,
    String type,
    String to,
    boolean forward,
    String firstDate,
    List<Evidence> evidence,
    long claims) {
  public Hop {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(to, "to");
    evidence = List.copyOf(evidence);
    Evidence.requireCount("the hop " + from + " to " + to, evidence, claims);
  }

  /** A hop with every claim as evidence. */
  public Hop(
      String from,
      String type,
      String to,
      boolean forward,
      String firstDate,
      List<Evidence> evidence) {
    this(from, type, to, forward, firstDate, evidence, evidence.size());
  }

  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("from", from);
    row.put("type", type);
    row.put("to", to);
    row.put("forward", forward);
    row.put("firstDate", firstDate);
    Evidence.putList(row, "evidence", evidence, claims);
    return row;
  }
}
