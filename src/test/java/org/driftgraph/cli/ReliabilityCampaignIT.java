package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.driftgraph.model.Rejection;
import org.driftgraph.pipeline.ImportManifest;
import org.driftgraph.pipeline.ManifestFile;
import org.driftgraph.report.ReportFolders;
import org.driftgraph.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * The hostile campaign of issue 12 kept in the build, on generated inputs: a corpus of every kind
 * of bad file (none may go unaccounted), kill -9 during an import followed by a rerun (the export
 * must equal a clean import's), and injection strings in titles, urls and file names (the reports
 * escape them, the graph holds them as data). Prints the campaign's figures.
 */
class ReliabilityCampaignIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARABIC =
      "قالت الشركة إنها حذفت آلاف الحسابات المرتبطة بتنظيم داعش بعد انتقال أنصاره إلى تيليغرام.";
  private static final String ENGLISH =
      "Supporters of ISIS moved from Telegram to TamTam after the platform banned their channels.";

  @TempDir Path temp;

  /** One input the campaign tried: a file, or one line of a JSON Lines file. */
  private record Input(String file, Integer line) {}

  @Test
  void everyBadInputIsImportedOrListedWithAReasonAndNoneIsSilentlyDropped() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    List<Input> tried = new ArrayList<>();
    // Good articles, one per format.
    // Each text differs: the same text twice is one article (the second is "unchanged").
    tried.add(
        write(corpus, "good-en.md", "---\ntitle: Move\nlanguage: en\n---\nMarkdown. " + ENGLISH));
    tried.add(write(corpus, "good-ar.txt", ARABIC));
    tried.add(
        write(
            corpus,
            "good.html",
            "<html><body><article><p>HTML. " + ENGLISH + "</p></article></body></html>"));
    Files.writeString(
        corpus.resolve("lines.jsonl"),
        "{\"language\":\"en\",\"text\":\""
            + ENGLISH
            + "\"}\n"
            + "{\"text\":\"x\"} trailing junk\n"
            + "{\"text\":\"a NUL \\u0000 here\"}\n"
            + "{\"text\":\"a lone \\ud800 surrogate\"}\n"
            + "{\"text\":\"one\",\"text\":\"two\"}\n"
            + "{not json\n"
            + "[1, 2]\n");
    for (int line = 1; line <= 7; line++) {
      tried.add(new Input("corpus/lines.jsonl", line));
    }
    // Links: a loop, a dangling one, devices, a file outside the folder.
    tried.add(link(corpus, "loop-a.txt", corpus.resolve("loop-b.txt")));
    tried.add(link(corpus, "loop-b.txt", corpus.resolve("loop-a.txt")));
    tried.add(link(corpus, "dangling.txt", corpus.resolve("missing.txt")));
    tried.add(link(corpus, "zero.txt", Path.of("/dev/zero")));
    tried.add(link(corpus, "random.txt", Path.of("/dev/urandom")));
    tried.add(link(corpus, "passwd.txt", Path.of("/etc/passwd")));
    // A pipe, which would block a reader that opened it.
    Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    tried.add(new Input("corpus/pipe.txt", null));
    // Empty and blank files.
    tried.add(write(corpus, "empty.txt", ""));
    tried.add(write(corpus, "blank.md", "  \n\n\t\n"));
    tried.add(write(corpus, "empty.jsonl", ""));
    tried.add(write(corpus, "blank.jsonl", "\n   \n\n"));
    // Damaged encodings.
    byte[] arabic = ARABIC.getBytes(StandardCharsets.UTF_8);
    // The text ends in "م." : dropping two bytes cuts the letter in half.
    tried.add(writeBytes(corpus, "cut.txt", Arrays.copyOf(arabic, arabic.length - 2)));
    tried.add(
        writeBytes(corpus, "stray.txt", concat(arabic, new byte[] {(byte) 0xC3, (byte) 0x28})));
    byte[] random = new byte[4096];
    new Random(12).nextBytes(random);
    tried.add(writeBytes(corpus, "random-bytes.txt", random));
    tried.add(
        writeBytes(
            corpus,
            "latin1.txt",
            "Café owners said the platform banned them.".getBytes(Charset.forName("ISO-8859-1"))));
    // Over the article size limit given below.
    tried.add(write(corpus, "huge.txt", "word ".repeat(20_000)));
    // A control character and an escape sequence in a file name.
    tried.add(write(corpus, "evil\n\u001b[2Kname.md", "Escapes. " + ENGLISH));
    // A folder that cannot be traversed (root traverses it anyway: then its file is imported).
    Path locked = Files.createDirectories(corpus.resolve("locked"));
    tried.add(write(locked, "inside.txt", ENGLISH.replace("TamTam", "Rocket.Chat")));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

    Path reports = temp.resolve("reports");
    CliRun run;
    try {
      run =
          CliRun.of(
              "import",
              "--store",
              temp.resolve("store").toString(),
              "--reports",
              reports.toString(),
              "--max-article-size",
              "64KB",
              corpus.toString());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.REJECTED_INPUT);
    assertThat(run.err()).doesNotContain("\u001b");
    ImportManifest manifest = ManifestFile.read(reports.resolve(ManifestFile.NAME));
    List<Rejection> rejections = allRejections(reports.resolve(manifest.rejectionsFile()));
    assertThat(rejections).hasSize((int) manifest.rejectedTotal());
    List<Map<String, Object>> articles = storedArticles(temp.resolve("store"));

    List<Input> accepted = new ArrayList<>();
    List<Input> rejected = new ArrayList<>();
    List<Input> dropped = new ArrayList<>();
    for (Input input : tried) {
      if (articles.stream().anyMatch(a -> isArticleOf(a, input))) {
        accepted.add(input);
      } else if (rejections.stream().anyMatch(r -> isRejectionOf(r, input))) {
        rejected.add(input);
      } else {
        dropped.add(input);
      }
    }
    System.out.printf(
        "Campaign, bad-input corpus: %d inputs tried, %d accepted, %d rejected, %d silently"
            + " dropped%n",
        tried.size(), accepted.size(), rejected.size(), dropped.size());
    assertThat(dropped).isEmpty();
    assertThat(accepted)
        .contains(
            new Input("corpus/good-en.md", null),
            new Input("corpus/good-ar.txt", null),
            new Input("corpus/good.html", null),
            new Input("corpus/lines.jsonl", 1))
        .doesNotContain(new Input("corpus/passwd.txt", null), new Input("corpus/cut.txt", null));
    assertThat(rejections)
        .anySatisfy(r -> assertThat(r.reason()).contains("--max-article-size"))
        .anySatisfy(r -> assertThat(r.file()).endsWith("/corpus/pipe.txt"));
  }

  @Test
  void anImportKilledWithSigkillAndRerunExportsWhatACleanImportExports() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("many"));
    for (int i = 0; i < 600; i++) {
      String text =
          i % 2 == 0
              ? "Report "
                  + i
                  + ". "
                  + ENGLISH
                  + " Europol said on day "
                  + i
                  + " it worked with Telegram."
              : "تقرير " + i + ". " + ARABIC;
      Files.writeString(corpus.resolve(String.format("a%04d.txt", i)), text);
    }
    Path killedStore = temp.resolve("killed");
    Process child = childImport(killedStore, temp.resolve("killed-reports"), corpus);
    try (InputStream err = child.getErrorStream()) {
      // Progress is forced on: the first bytes mean the import is under way.
      assertThat(err.read()).as("the child import started").isNotNegative();
      Thread.sleep(3000);
      assertThat(child.isAlive()).as("the import is still running when killed").isTrue();
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).isEqualTo(137);

    CliRun rerun = importInto(killedStore, corpus);
    CliRun clean = importInto(temp.resolve("clean"), corpus);
    assertThat(rerun.exitCode()).as(rerun.err()).isEqualTo(ExitCodes.OK);
    assertThat(clean.exitCode()).as(clean.err()).isEqualTo(ExitCodes.OK);

    Map<String, List<String>> afterKill = export(killedStore, temp.resolve("export-killed"));
    Map<String, List<String>> cleanExport =
        export(temp.resolve("clean"), temp.resolve("export-clean"));
    assertThat(afterKill.get("articles.csv")).hasSize(601);
    assertThat(afterKill).isEqualTo(cleanExport);
    System.out.printf(
        "Campaign, kill -9: rerun after SIGKILL exports the same %d files (%d lines) as a clean"
            + " import%n",
        afterKill.size(), afterKill.values().stream().mapToInt(List::size).sum());
  }

  @Test
  void injectionStringsAreEscapedInBothReportsAndStoredAsData() throws Exception {
    Path corpus = Files.createDirectories(temp.resolve("inject"));
    List<String> titles =
        List.of(
            "x'}) MATCH (n) DETACH DELETE n //",
            "\") CREATE (:Pwned) //",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "<iframe src=//evil.example></iframe>");
    List<String> urls =
        List.of(
            "javascript:alert(3)",
            "data:text/html,<script>alert(4)</script>",
            "vbscript:msgbox(5)",
            "file:///etc/passwd",
            "https://example.org/ok?a=<b>");
    for (int i = 0; i < titles.size(); i++) {
      Files.writeString(
          corpus.resolve("inj-" + i + ".md"),
          "---\ntitle: "
              + frontMatterValue(titles.get(i))
              + "\nurl: "
              + urls.get(i)
              + "\nlanguage: en\npublished: 2019-12-0"
              + (i + 1)
              + "\n---\nInjection "
              + i
              + ". "
              + ENGLISH.replace("TamTam", i % 2 == 0 ? "TamTam" : "Rocket.Chat"));
    }
    Files.writeString(
        corpus.resolve("evil\n\u001b[31mred <b>.md"), "Europol worked with Telegram.");
    Path store = temp.resolve("store");
    Path reports = temp.resolve("reports");

    CliRun imported = importInto(store, corpus);
    CliRun report = CliRun.of("report", "--store", store.toString(), "--out", reports.toString());

    assertThat(report.exitCode()).as(report.err()).isEqualTo(ExitCodes.OK);
    assertThat(imported.out() + imported.err()).doesNotContain("\u001b");
    Path latest = reports.resolve(ReportFolders.LATEST);
    String html = Files.readString(latest.resolve(ReportFolders.HTML_FILE));
    String markdown = Files.readString(latest.resolve(ReportFolders.MARKDOWN_FILE));
    for (String page : List.of(html, markdown)) {
      assertThat(page)
          .doesNotContain("<script>alert", "<img src=x", "<iframe", "<b>")
          .doesNotContainIgnoringCase("href=\"javascript:")
          .doesNotContainIgnoringCase("](javascript:")
          .doesNotContainIgnoringCase("](data:")
          .doesNotContainIgnoringCase("](vbscript:")
          .doesNotContainIgnoringCase("](file:")
          .doesNotContain("\u001b");
    }
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, temp.resolve("import"));
        Session session = neo4j.driver().session()) {
      assertThat(session.run("MATCH (n:Pwned) RETURN count(n) AS c").single().get("c").asLong())
          .isZero();
      assertThat(
              session
                  .run("MATCH (a:Article) WHERE a.title IS NOT NULL RETURN a.title AS t")
                  .list(r -> r.get("t").asString()))
          .containsAll(titles);
      assertThat(
              session
                  .run(
                      "MATCH (n) WHERE NOT (n:Entity OR n:Article OR n:Claim) RETURN count(n) AS c")
                  .single()
                  .get("c")
                  .asLong())
          .isZero();
    }
    System.out.printf(
        "Campaign, injection: %d titles, %d urls and a file name with ANSI escapes; report.html and"
            + " report.md escaped, no node outside the model%n",
        titles.size(), urls.size());
  }

  /**
   * Front matter strips one pair of quotes: a value that starts with one is wrapped in the other.
   */
  private static String frontMatterValue(String value) {
    return value.startsWith("\"") ? "'" + value + "'" : value;
  }

  private static Input write(Path folder, String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text);
    return input(folder.resolve(name));
  }

  private static Input writeBytes(Path folder, String name, byte[] bytes) throws IOException {
    Files.write(folder.resolve(name), bytes);
    return input(folder.resolve(name));
  }

  private static Input link(Path folder, String name, Path target) throws IOException {
    Files.createSymbolicLink(folder.resolve(name), target);
    return input(folder.resolve(name));
  }

  /** As the import names files: relative to the project home, which is the test's temp folder's. */
  private static Input input(Path file) {
    Path root = file.getParent();
    while (!root.getFileName().toString().equals("corpus")) {
      root = root.getParent();
    }
    return new Input("corpus/" + root.relativize(file).toString().replace('\\', '/'), null);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static boolean isArticleOf(Map<String, Object> article, Input input) {
    if (!sameFile(input, String.valueOf(article.get("file")))) {
      return false;
    }
    return input.line() == null
        || String.valueOf(article.get("sourceKey")).endsWith("#L" + input.line());
  }

  private static boolean isRejectionOf(Rejection rejection, Input input) {
    return sameFile(input, rejection.file())
        && (input.line() == null || input.line().equals(rejection.line()));
  }

  private static boolean sameFile(Input input, String shown) {
    return ("/" + input.file()).endsWith("/" + lastTwo(shown));
  }

  /** The last two segments of a path as the import shows it (relative or absolute). */
  private static String lastTwo(String file) {
    String[] parts = file.split("/");
    return parts.length < 2 ? file : parts[parts.length - 2] + "/" + parts[parts.length - 1];
  }

  private static List<Rejection> allRejections(Path file) throws IOException {
    List<Rejection> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(JSON.readValue(line, Rejection.class));
    }
    return out;
  }

  private List<Map<String, Object>> storedArticles(Path store) {
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, temp.resolve("import"));
        Session session = neo4j.driver().session()) {
      return session
          .run("MATCH (a:Article) RETURN a.file AS file, a.sourceKey AS sourceKey")
          .list(r -> r.asMap());
    }
  }

  private CliRun importInto(Path store, Path corpus) {
    return CliRun.of(
        "import",
        "--store",
        store.toString(),
        "--reports",
        temp.resolve("reports-" + store.getFileName()).toString(),
        corpus.toString());
  }

  /** Exports the store as CSV; each file's lines, sorted. */
  private static Map<String, List<String>> export(Path store, Path out) throws IOException {
    CliRun run =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "csv", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    try (Stream<Path> files = Files.list(out)) {
      return files.collect(
          Collectors.toMap(
              f -> f.getFileName().toString(),
              f -> {
                try {
                  return Files.readAllLines(f).stream().sorted().toList();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }));
    }
  }

  /**
   * The import in a JVM of its own, with this one's JVM flags and class path, progress forced on.
   */
  private static Process childImport(Path store, Path reports, Path corpus) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("--add-") || a.startsWith("-Xmx"))
            .toList());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "import",
            "--store",
            store.toString(),
            "--reports",
            reports.toString(),
            corpus.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put(CliContext.HOME_VARIABLE, Path.of("").toAbsolutePath().toString());
    builder.environment().put(Progress.VARIABLE, "always");
    return builder.start();
  }
}
