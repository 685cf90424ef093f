package org.driftgraph.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the newest N dated report folders under the reports folder and deletes the older ones. Only
 * a folder named by a date-time (ISO order, so names sort by age) that holds a report file counts
 * as a report: {@code latest}, the schedule log and anything else a person put there stay.
 */
public final class ReportRetention {
  /** 2026-11-21, 2026-11-21T07-00-00Z, 2026-11-21_0700, 20261121T070000Z and the like. */
  private static final Pattern DATED =
      Pattern.compile(
          "\\d{4}-?\\d{2}-?\\d{2}([T_ -]?\\d{2}[-:.]?\\d{2}([-:.]?\\d{2}([.,]\\d+)?)?Z?)?(-\\d+)?");

  private static final List<String> REPORT_FILES =
      List.of("report.json", "report.html", "report.md");

  private final Path reportsDir;
  private final int keep;

  public ReportRetention(Path reportsDir, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1, not " + keep);
    }
    this.reportsDir = reportsDir;
    this.keep = keep;
  }

  public int keep() {
    return keep;
  }

  /** The dated report folders, oldest first. */
  public List<Path> reports() {
    if (!Files.isDirectory(reportsDir)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(reportsDir)) {
      return children
          .filter(ReportRetention::isReport)
          .sorted(Comparator.comparing(path -> path.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + reportsDir + ": " + e.getMessage(), e);
    }
  }

  /** Deletes all but the newest {@code keep} report folders; returns the deleted ones. */
  public List<Path> prune() {
    List<Path> reports = reports();
    List<Path> old = reports.subList(0, Math.max(0, reports.size() - keep));
    for (Path folder : old) {
      deleteTree(folder);
    }
    return old;
  }

  private static boolean isReport(Path path) {
    return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
        && DATED.matcher(path.getFileName().toString()).matches()
        && REPORT_FILES.stream().anyMatch(name -> Files.isRegularFile(path.resolve(name)));
  }

  private static void deleteTree(Path folder) {
    try (Stream<Path> tree = Files.walk(folder)) {
      for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot delete old report " + folder + ": " + e.getMessage(), e);
    }
  }
}
