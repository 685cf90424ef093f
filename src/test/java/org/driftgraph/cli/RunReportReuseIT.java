package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftgraph.pipeline.ReportInputs;
import org.driftgraph.report.ReportFolders;
import org.driftgraph.report.StatementsFile;
import org.driftgraph.store.ServedNeo4j;
import org.driftgraph.store.ServedNeo4j.ServeSettings;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * {@code run} on an unchanged store publishes the newest report again, byte for byte; any write to
 * the store (a statement through a served store's Bolt port, as Neo4j Browser sends it, or an
 * import) and {@code --rebuild} make it build a new one. One store and reports folder for all the
 * steps, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunReportReuseIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REUSED = "published again";

  /** The report files a reused report must have unchanged, and latest/ with it. */
  private static final List<String> FILES =
      List.of(
          ReportFolders.JSON_FILE,
          ReportFolders.MARKDOWN_FILE,
          ReportFolders.HTML_FILE,
          StatementsFile.NAME,
          ReportInputs.FILE_NAME);

  @TempDir static Path temp;

  private static Path store() {
    return temp.resolve("store");
  }

  private static Path reports() {
    return temp.resolve("reports");
  }

  private static CliRun run(String... extra) {
    String[] args =
        new String[] {"run", "--store", store().toString(), "--reports", reports().toString()};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    CliRun run = CliRun.of(all);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    return run;
  }

  private static List<String> folders() {
    return new ReportFolders(reports()).reports();
  }

  @Test
  @Order(1)
  void anUnchangedStoreGetsTheNewestReportAgainByteForByte() throws Exception {
    CliRun first = run();
    assertThat(first.err()).doesNotContain(REUSED);
    assertThat(folders()).hasSize(1);
    Path made = reports().resolve(folders().get(0));
    assertThat(made.resolve(ReportInputs.FILE_NAME)).isRegularFile();
    // Spoil latest/, so that only a real copy of the reused report passes below.
    Files.writeString(reports().resolve(ReportFolders.LATEST).resolve(ReportFolders.HTML_FILE), "");

    CliRun second = run("--timings");

    assertThat(second.err())
        .contains(REUSED, folders().get(0), "--rebuild")
        .contains("timings:", "open the store", "DBMS start", "report: published again");
    assertThat(second.out())
        .contains("Imported 8 article(s)", "Report: ")
        .contains(made.getFileName() + "/" + ReportFolders.HTML_FILE);
    assertThat(folders()).hasSize(1);
    for (String file : FILES) {
      assertThat(reports().resolve(ReportFolders.LATEST).resolve(file))
          .as(file)
          .hasSameBinaryContentAs(made.resolve(file));
    }
  }

  /**
   * What a rebuild in the same state gives: the same report, but for three fields that are not made
   * from the store: the time it was made, the store's description (which names the Bolt port, a new
   * one at every start) and the changes, which compare with the newest report, here the reused one.
   * Its inputs are the same too: building a report writes nothing to the store.
   */
  @Test
  @Order(2)
  void rebuildMakesANewReportThatDiffersOnlyInTimeStoreAddressAndChanges() throws Exception {
    Path reused = reports().resolve(folders().get(0));

    CliRun rebuilt = run("--rebuild");

    assertThat(rebuilt.err()).doesNotContain(REUSED);
    assertThat(folders()).hasSize(2);
    Path made = reports().resolve(folders().get(1));
    assertThat(rebuilt.out()).contains("Changes since " + reused.getFileName() + ": 0 new");
    assertThat(made.resolve(ReportInputs.FILE_NAME))
        .hasSameBinaryContentAs(reused.resolve(ReportInputs.FILE_NAME));
    assertThat(made.resolve(StatementsFile.NAME))
        .hasSameBinaryContentAs(reused.resolve(StatementsFile.NAME));
    JsonNode before = JSON.readTree(reused.resolve(ReportFolders.JSON_FILE).toFile());
    JsonNode after = JSON.readTree(made.resolve(ReportFolders.JSON_FILE).toFile());
    assertThat(after.get("generatedAt")).isNotNull();
    assertThat(after.get("store").asText()).startsWith("embedded Neo4j in ");
    assertThat(withoutUnstoredFields(after)).isEqualTo(withoutUnstoredFields(before));
  }

  @Test
  @Order(3)
  void aWriteThroughAServedStoreMakesTheNextRunRebuild() throws Exception {
    String password = "served-password-for-the-test";
    try (ServedNeo4j served =
            ServedNeo4j.start(
                store(), temp.resolve("import"), ServeSettings.loopbackOnFreePorts(password));
        Driver browser =
            GraphDatabase.driver(
                served.boltUri().toString(), AuthTokens.basic(ServedNeo4j.USER, password));
        Session session = browser.session()) {
      // A note an analyst might add in Browser; not part of the graph model, and not reported.
      session.run("CREATE (:AnalystNote {text: 'check the TamTam dates'})").consume();
    }
    List<String> before = folders();

    CliRun afterWrite = run();

    assertThat(afterWrite.err()).doesNotContain(REUSED);
    assertThat(folders()).hasSize(before.size() + 1);
    CliRun again = run();
    assertThat(again.err()).contains(REUSED, folders().get(folders().size() - 1));
    assertThat(folders()).hasSize(before.size() + 1);
  }

  @Test
  @Order(4)
  void anImportThatWritesMakesTheNextRunRebuild() throws Exception {
    Path article = temp.resolve("more").resolve("zorbly.md");
    Files.createDirectories(article.getParent());
    Files.writeString(
        article,
        """
        ---
        title: Supporters try Zorbly after TamTam removals
        published: 2021-03-15
        language: en
        ---

        In March 2021, ISIS supporters moved from TamTam to Zorbly, a little-known messaging app.
        """);
    CliRun imported =
        CliRun.of(
            "import",
            article.getParent().toString(),
            "--store",
            store().toString(),
            "--reports",
            temp.resolve("import-manifest").toString());
    assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCodes.OK);
    List<String> before = folders();

    CliRun afterImport = run();

    assertThat(afterImport.err()).doesNotContain(REUSED);
    assertThat(afterImport.out()).contains("Graph: 9 articles");
    assertThat(folders()).hasSize(before.size() + 1);
  }

  private static JsonNode withoutUnstoredFields(JsonNode report) {
    ObjectNode copy = report.deepCopy();
    copy.remove(List.of("generatedAt", "store", "changes"));
    return copy;
  }
}
