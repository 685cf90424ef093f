package org.driftgraph.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRetentionTest {
  @TempDir Path reports;

  @Test
  void keepsTheNewestReportsAndNothingElseIsTouched() throws IOException {
    report("2026-11-02T07-00-00Z");
    report("2026-11-09T07-00-00Z");
    report("2026-10-26T07-00-00Z");
    report("2026-11-16T07-00-00Z");
    report("latest");
    Files.createDirectories(reports.resolve("2026-11-01")); // dated but holds no report
    Files.createDirectories(reports.resolve("notes")).resolve("report.md").toFile().createNewFile();
    Files.writeString(reports.resolve("schedule.log"), "log\n");

    ReportRetention retention = new ReportRetention(reports, 2);

    assertThat(retention.prune())
        .extracting(path -> path.getFileName().toString())
        .containsExactly("2026-10-26T07-00-00Z", "2026-11-02T07-00-00Z");
    assertThat(names())
        .containsExactlyInAnyOrder(
            "2026-11-09T07-00-00Z",
            "2026-11-16T07-00-00Z",
            "latest",
            "2026-11-01",
            "notes",
            "schedule.log");
    assertThat(retention.prune()).isEmpty();
  }

  @Test
  void fewerReportsThanKeptIsNothingToDo() throws IOException {
    report("2026-11-16");
    assertThat(new ReportRetention(reports, 3).prune()).isEmpty();
    assertThat(new ReportRetention(reports.resolve("missing"), 3).prune()).isEmpty();
    assertThat(names()).containsExactly("2026-11-16");
  }

  @Test
  void foldersNamedLikeTheReportCommandNamesThemArePruned() throws IOException {
    // `report` names folders yyyy-MM-dd'T'HHmmss, with -2, -3 ... for reports made in the same
    // second.
    report("2026-11-21T070000");
    report("2026-11-21T070000-2");
    report("2026-11-28T070000");

    assertThat(new ReportRetention(reports, 1).prune())
        .extracting(path -> path.getFileName().toString())
        .containsExactly("2026-11-21T070000", "2026-11-21T070000-2");
    assertThat(names()).containsExactly("2026-11-28T070000");
  }

  @Test
  void keepMustBePositive() {
    assertThatThrownBy(() -> new ReportRetention(reports, 0)).hasMessageContaining("at least 1");
  }

  private void report(String name) throws IOException {
    Path folder = Files.createDirectories(reports.resolve(name));
    Files.writeString(folder.resolve("report.json"), "{}");
    Files.createDirectories(folder.resolve("img"));
    Files.writeString(folder.resolve("img/chart.svg"), "<svg/>");
  }

  private java.util.List<String> names() throws IOException {
    try (Stream<Path> children = Files.list(reports)) {
      return children.map(path -> path.getFileName().toString()).toList();
    }
  }
}
