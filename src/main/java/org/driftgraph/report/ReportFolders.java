package org.driftgraph.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reports folder: one folder per report named by its UTC time ({@code 2026-11-21T163000}, with
 * {@code -2}, {@code -3} for reports within the same second), each holding {@code report.json},
 * {@code report.md} and {@code report.html}, and {@code latest/} holding a copy of the newest.
 */
public final class ReportFolders {
  public static final String JSON_FILE = "report.json";
  public static final String MARKDOWN_FILE = "report.md";
  public static final String HTML_FILE = "report.html";
  public static final String LATEST = "latest";

  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss").withZone(ZoneOffset.UTC);
  private static final Pattern NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{6}(-\\d+)?");

  private final Path root;

  public ReportFolders(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The dated report folders holding a {@code report.json}, oldest first. */
  public List<String> reports() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> folders = Files.list(root)) {
      return folders
          .filter(f -> NAME.matcher(f.getFileName().toString()).matches())
          .filter(f -> Files.isRegularFile(f.resolve(JSON_FILE)))
          .map(f -> f.getFileName().toString())
          // "T163000" sorts before "T163000-2": plain string order is time order.
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot list the reports in " + root + ": " + e.getMessage(), e);
    }
  }

  /** The newest report, if any. */
  public Optional<String> newest() {
    List<String> reports = reports();
    return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
  }

  /** The newest report made on or before the given day (UTC), if any. */
  public Optional<String> newestOnOrBefore(LocalDate day) {
    return reports().stream()
        .filter(name -> name.substring(0, 10).compareTo(day.toString()) <= 0)
        .reduce((older, newer) -> newer);
  }

  /** What the report compares with: the part of {@code name}'s report.json that changes key on. */
  public PreviousReport read(String name) {
    Path file = root.resolve(name).resolve(JSON_FILE);
    try {
      PreviousReport report = ReportJson.MAPPER.readValue(file.toFile(), PreviousReport.class);
      // A report.json lists the strongest facts only; statements.jsonl beside it has them all.
      Path statements = root.resolve(name).resolve(StatementsFile.NAME);
      return Files.isRegularFile(statements)
          ? report.withStatements(StatementsFile.factKeys(statements))
          : report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes a new report: {@code data} with what changed since {@code previous} (the name of a
   * report in this folder; empty for none), into a folder named by {@code data.generatedAt()}.
   *
   * @return the new report's folder and what it holds
   */
  public Published publish(ReportData data, Optional<String> previous) {
    return publish(data, previous, folder -> List.of());
  }

  /**
   * Writes a new report as {@link #publish(ReportData, Optional)} does, with the files that {@code
   * attachments} writes into its folder (such as {@link StatementsFile}), copied into {@code
   * latest/} too.
   */
  public Published publish(
      ReportData data, Optional<String> previous, Function<Path, List<Path>> attachments) {
    ReportData.Changes changes =
        previous
            .map(name -> ReportChanges.between(name, read(name), data))
            .orElseGet(ReportChanges::none);
    Path folder = create(Instant.parse(data.generatedAt()));
    ReportData written = data.withChanges(changes);
    List<Path> attached = attachments.apply(folder);
    write(folder, written);
    ReportFiles latest = new ReportFiles(root.resolve(LATEST));
    attached.forEach(latest::copy);
    return new Published(folder, written);
  }

  /**
   * Makes report {@code name} of this folder the published one again, as it is: its report files
   * and those of {@code attachments} that it has are copied into {@code latest/}; no new folder is
   * made, since it would hold the same report.
   *
   * @return what the report holds, read back from its {@code report.json}
   */
  public ReportHeadline republish(String name, List<String> attachments) {
    Path folder = root.resolve(name);
    Path json = folder.resolve(JSON_FILE);
    ReportHeadline.Stored stored;
    try {
      stored = ReportJson.MAPPER.readValue(json.toFile(), ReportHeadline.Stored.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report " + json + ": " + e.getMessage(), e);
    }
    ReportFiles latest = new ReportFiles(root.resolve(LATEST));
    latest.copy(json);
    latest.copy(folder.resolve(MARKDOWN_FILE));
    latest.copy(folder.resolve(HTML_FILE));
    for (String attachment : attachments) {
      Path file = folder.resolve(attachment);
      if (Files.isRegularFile(file)) {
        latest.copy(file);
      }
    }
    return new ReportHeadline(folder, stored.generatedAt(), stored.holdings(), stored.changes());
  }

  /** A report as written: its folder and its data, changes included. */
  public record Published(Path folder, ReportData data) {}

  /** A new, empty folder for a report made at {@code now}. */
  Path create(Instant now) {
    String stamp = STAMP.format(now);
    try {
      Files.createDirectories(root);
      Path folder = root.resolve(stamp);
      for (int n = 2; Files.exists(folder); n++) {
        folder = root.resolve(stamp + "-" + n);
      }
      return Files.createDirectory(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a report folder in " + root + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the three report files into the folder, then copies them into {@code latest/} (a copy,
   * not a link, so that it works on every file system and survives the dated folder's removal).
   * Other files in {@code latest/}, such as an import manifest, are left as they are.
   */
  void write(Path folder, ReportData data) {
    byte[] json;
    try {
      json = ReportJson.MAPPER.writeValueAsBytes(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the report", e);
    }
    String markdown = new ReportMarkdown(data).render();
    String html = new ReportHtml(data).render();
    for (Path target : List.of(folder, root.resolve(LATEST))) {
      ReportFiles files = new ReportFiles(target);
      files.write(JSON_FILE, json);
      files.writeText(MARKDOWN_FILE, markdown);
      files.writeText(HTML_FILE, html);
    }
  }
}
