package org.driftgraph.cli;

/** How a command prints its result: for people, or for machines. */
public enum OutputFormat {
  TEXT,
  JSON
}
