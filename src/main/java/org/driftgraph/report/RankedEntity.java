package org.driftgraph.report;

/** One row of the top-entities table: degree = articles mentioning it + fact relationships. */
public record RankedEntity(String id, String name, String type, long degree, long articles, long facts) {
  public RankedEntity {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("ranked entity without id");
    }
    if (degree < 0 || articles < 0 || facts < 0) {
      throw new IllegalArgumentException("negative degree for " + id);
    }
  }
}
