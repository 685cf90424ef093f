package org.driftgraph.report;

import java.util.Locale;

/** The sections of a report, in order: the Markdown and HTML files both have exactly these. */
enum ReportSection {
  HOLDINGS("What the graph holds"),
  CHANGES("What changed since the previous report"),
  RANKINGS("Top entities"),
  MIGRATION_CHAINS("Migration chains"),
  OWNERSHIP_CHAINS("Ownership chains"),
  FIRST_CARRIERS("Who announced first"),
  DISPLACEMENT("Displacement after bans"),
  TIMELINE("Timeline"),
  NETWORK("Network"),
  STATEMENTS("Statements and evidence");

  private final String title;

  ReportSection(String title) {
    this.title = title;
  }

  /** The section's heading. */
  String title() {
    return title;
  }

  /** The HTML id of the heading, which the table of contents links to. */
  String anchor() {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
