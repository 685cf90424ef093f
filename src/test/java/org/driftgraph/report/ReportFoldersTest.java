package org.driftgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.model.EntityType;
import org.driftgraph.report.ReportData.Holdings;
import org.driftgraph.report.ReportData.Ranked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFoldersTest {
  @TempDir Path root;

  @Test
  void reportsAreNamedByTheirTimeAndTheSecondOfTwoInOneSecondGetsASuffix() throws Exception {
    ReportFolders folders = new ReportFolders(root);

    ReportFolders.Published first =
        folders.publish(
            report("2026-11-20T07:00:05Z", List.of("isis"), List.of()), Optional.empty());
    ReportFolders.Published again =
        folders.publish(
            report("2026-11-20T07:00:05Z", List.of("isis"), List.of()), folders.newest());
    folders.publish(report("2026-11-22T07:00:00Z", List.of("isis"), List.of()), folders.newest());

    assertThat(first.folder().getFileName()).hasToString("2026-11-20T070005");
    assertThat(again.folder().getFileName()).hasToString("2026-11-20T070005-2");
    assertThat(folders.reports())
        .containsExactly("2026-11-20T070005", "2026-11-20T070005-2", "2026-11-22T070000");
    assertThat(folders.newestOnOrBefore(LocalDate.parse("2026-11-21")))
        .contains("2026-11-20T070005-2");
    assertThat(folders.newestOnOrBefore(LocalDate.parse("2026-11-19"))).isEmpty();
    assertThat(Files.readString(root.resolve("latest").resolve(ReportFolders.JSON_FILE)))
        .isEqualTo(
            Files.readString(root.resolve("2026-11-22T070000").resolve(ReportFolders.JSON_FILE)));
    assertThat(first.data().changes().previous()).isNull();
    assertThat(again.data().changes().previous()).isEqualTo("2026-11-20T070005");
  }

  @Test
  void changesListNewEntitiesNewFactsAndRankMovesReadBackFromJson() {
    ReportFolders folders = new ReportFolders(root);
    folders.publish(
        report(
            "2026-11-20T07:00:00Z",
            List.of("isis", "telegram"),
            List.of(fact("MIGRATED_TO", "isis", "telegram"))),
        Optional.empty());

    ReportData next =
        report(
            "2026-11-21T07:00:00Z",
            List.of("isis", "telegram", "zorbly"),
            List.of(
                fact("MIGRATED_TO", "isis", "telegram"),
                fact("MIGRATED_TO", "isis", "zorbly"),
                fact("BANNED_BY", "isis", "telegram")));
    ReportData.Changes changes = folders.publish(next, folders.newest()).data().changes();

    assertThat(changes.previous()).isEqualTo("2026-11-20T070000");
    assertThat(changes.newEntities()).extracting(e -> e.get("id")).containsExactly("zorbly");
    assertThat(changes.newFacts())
        .extracting(f -> f.get("object"))
        .containsExactly("zorbly", "telegram");
    assertThat(changes.newMigrations()).extracting(f -> f.get("object")).containsExactly("zorbly");
    assertThat(changes.newBans()).extracting(f -> f.get("type")).containsExactly("BANNED_BY");
    // Platforms are ranked by the ids' order in the test data: zorbly enters first, telegram drops
    // to 2.
    assertThat(changes.moves())
        .extracting(m -> m.id() + " " + m.before() + "->" + m.after())
        .contains("zorbly null->1", "telegram 1->2");
  }

  private static Map<String, Object> fact(String type, String subject, String object) {
    return Map.of("type", type, "subject", subject, "object", object, "evidence", List.of());
  }

  /** A report whose platform ranking is the platform ids in reverse order of appearance. */
  private static ReportData report(String at, List<String> ids, List<Map<String, Object>> facts) {
    List<String> platforms = ids.stream().filter(id -> !id.equals("isis")).toList();
    List<Ranked> ranked = new java.util.ArrayList<>();
    for (int i = platforms.size() - 1; i >= 0; i--) {
      ranked.add(
          new Ranked(
              ranked.size() + 1,
              platforms.get(i),
              platforms.get(i),
              EntityType.PLATFORM,
              1.0 / (ranked.size() + 1)));
    }
    Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings =
        Map.of(CentralityAlgorithm.PAGERANK, Map.of(EntityType.PLATFORM, ranked));
    Holdings holdings =
        new Holdings(
            1, facts.size(), ids.size(), 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    return new ReportData(
        at,
        "test store",
        "test engine",
        holdings,
        ids.stream()
            .map(
                id ->
                    Map.<String, Object>of(
                        "id", id, "name", id, "type", id.equals("isis") ? "Actor" : "Platform"))
            .toList(),
        List.of(),
        rankings,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        facts,
        List.of(),
        List.of(),
        null);
  }
}
