package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --workers N}: extraction on one thread or on several gives the same store (the same
 * {@code stats} and the same CSV export, rows sorted), because one writer stores the articles in
 * reading order.
 */
class ImportWorkersIT {
  @TempDir Path temp;

  @Test
  void oneWorkerAndFourWorkersStoreTheSameGraph() throws IOException {
    Store one = importWith(1);
    Store four = importWith(4);

    assertThat(four.stats()).isEqualTo(one.stats());
    assertThat(one.csv()).containsKeys("claims.csv", "facts.csv", "mentions.csv");
    assertThat(one.csv().get("claims.csv")).hasSizeGreaterThan(10);
    assertThat(four.csv()).isEqualTo(one.csv());
  }

  @Test
  void lessThanOneWorkerIsAUsageError() {
    CliRun run =
        CliRun.of(
            "import", "--store", temp.resolve("s").toString(), "--workers", "0", "import/articles");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--workers must be at least 1, not 0");
  }

  /** What a store holds: its stats as JSON and each CSV file's rows, sorted. */
  private record Store(String stats, Map<String, List<String>> csv) {}

  private Store importWith(int workers) throws IOException {
    Path store = temp.resolve("store-" + workers);
    // Batches of 2 so that several transactions are written while the workers run ahead.
    CliRun imported =
        CliRun.of(
            "import",
            "--store",
            store.toString(),
            "--reports",
            temp.resolve("reports-" + workers).toString(),
            "--batch",
            "2",
            "--workers",
            Integer.toString(workers),
            "import/articles");
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    CliRun stats = CliRun.of("stats", "--store", store.toString(), "--format", "json");
    assertThat(stats.exitCode()).as(stats.err()).isEqualTo(ExitCodes.OK);
    Path csv = temp.resolve("csv-" + workers);
    CliRun export =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "csv", "--out", csv.toString());
    assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCodes.OK);
    return new Store(stats.out(), sortedRows(csv));
  }

  private static Map<String, List<String>> sortedRows(Path dir) throws IOException {
    Map<String, List<String>> files = new TreeMap<>();
    try (Stream<Path> listed = Files.list(dir)) {
      for (Path file : listed.toList()) {
        files.put(
            file.getFileName().toString(), Files.readAllLines(file).stream().sorted().toList());
      }
    }
    return files;
  }
}
