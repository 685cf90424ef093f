package org.driftgraph.testing;

import java.nio.file.Path;

/**
 * The shared harness's import directory (its LOAD CSV root), for tests that write files the DBMS
 * must read. Tests take it as a parameter next to the {@code Driver}.
 */
public record ImportDirectory(Path path) {}
