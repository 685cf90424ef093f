package org.driftgraph.analyze;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One claim behind a fact: the article that states it, the date the claim is about (partial ISO
 * 8601, or null), and the sentence. Lists of evidence are in {@link #ORDER}.
 */
public record Evidence(
    String claim,
    String article,
    String title,
    String file,
    String date,
    int start,
    String sentence) {

  /** Claim date ascending (undated last), then article file, then offset, then claim id. */
  public static final Comparator<Evidence> ORDER =
      Comparator.comparing(Evidence::date, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Evidence::file, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(Evidence::start)
          .thenComparing(Evidence::claim);

  public Evidence {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(article, "article");
  }

  /**
   * Writes an evidence list under {@code key} and, when it was cut to the strongest claims, its
   * full length under {@code <key>Count}.
   */
  static void putList(Map<String, Object> row, String key, List<Evidence> evidence, long claims) {
    row.put(key, evidence.stream().map(Evidence::toRow).toList());
    if (claims > evidence.size()) {
      row.put(key + "Count", claims);
    }
  }

  /** Fails unless {@code claims} counts at least the claims {@code evidence} lists. */
  static void requireCount(String what, List<Evidence> evidence, long claims) {
    if (claims < evidence.size()) {
      throw new IllegalArgumentException(
          what + " counts " + claims + " claims but lists " + evidence.size());
    }
  }

  public Map<String, Object> toRow() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("claim", claim);
    row.put("article", article);
    row.put("title", title);
    row.put("file", file);
    row.put("date", date);
    row.put("sentence", sentence);
    return row;
  }
}
