package org.driftgraph.cli;

/** How analyses and saved queries print: a table for people, JSON or CSV for machines. */
public enum AnalysisFormat {
  TABLE,
  JSON,
  CSV
}
