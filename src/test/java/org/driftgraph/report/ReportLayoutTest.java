package org.driftgraph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.ChainStep;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.model.EntityType;
import org.driftgraph.report.ReportData.EventCarriers;
import org.driftgraph.report.ReportData.Holdings;
import org.driftgraph.report.ReportData.RankMove;
import org.driftgraph.report.ReportData.Ranked;
import org.junit.jupiter.api.Test;

/** The HTML and Markdown reports of typed data built here: sections, and what each one shows. */
class ReportLayoutTest {
  private static final EntityRef ISIS = new EntityRef("isis", "Islamic State", EntityType.ACTOR);
  private static final EntityRef TELEGRAM =
      new EntityRef("telegram", "Telegram", EntityType.PLATFORM);
  private static final EntityRef TAMTAM = new EntityRef("tamtam", "TamTam", EntityType.PLATFORM);
  private static final EntityRef MAIL_RU =
      new EntityRef("mail-ru-group", "Mail.Ru Group", EntityType.ORGANIZATION);

  /** A claim the statements list (note 1), and one they do not (cited by its title). */
  private static final Evidence MOVED =
      new Evidence("c1", "a1", "Exodus to TamTam", "01.md", "2019-11-29", 10, "They moved.");

  private static final Evidence OWNED =
      new Evidence("c9", "a9", "Who owns TamTam", "09.md", null, 3, "Mail.Ru owns TamTam.");

  @Test
  void bothFormatsHaveEverySectionInOrder() {
    ReportData data = report(ReportChanges.none());
    String html = new ReportHtml(data).render();
    String markdown = new ReportMarkdown(data).render();

    int htmlAt = 0;
    int markdownAt = 0;
    for (ReportSection section : ReportSection.values()) {
      String heading = "<h2 id=\"" + section.anchor() + "\">" + section.title() + "</h2>";
      assertThat(html.indexOf(heading, htmlAt)).as(section.title()).isGreaterThan(htmlAt);
      htmlAt = html.indexOf(heading, htmlAt);
      assertThat(html)
          .contains("<li><a href=\"#" + section.anchor() + "\">" + section.title() + "</a></li>");
      String line = "\n## " + section.title() + "\n";
      assertThat(markdown.indexOf(line, markdownAt)).as(section.title()).isGreaterThan(markdownAt);
      markdownAt = markdown.indexOf(line, markdownAt);
    }
    assertThat(ReportSection.FIRST_CARRIERS.anchor()).isEqualTo("who-announced-first");
    assertThat(html.lines().filter(l -> l.startsWith("<h2")).count())
        .isEqualTo(ReportSection.values().length);
    assertThat(markdown.lines().filter(l -> l.startsWith("## ")).count())
        .isEqualTo(ReportSection.values().length);
  }

  @Test
  void markdownShowsTheAnalysesRecordsWithTheirEvidenceNotes() {
    String markdown = new ReportMarkdown(report(ReportChanges.none())).render();

    assertThat(markdown)
        .startsWith("# driftgraph report, 2026-11-21T07:00:00Z\n\nStore: test store  \n")
        .contains(
            "### Platforms by PageRank\n\n| # | Entity | Score |\n|---|---|---|\n"
                + "| 1 | TamTam (tamtam) | 0.5000 |\n| 2 | Telegram (telegram) | 0.2500 |\n",
            "### Actors by betweenness\n\nNo actor in the graph.\n",
            "### Islamic State (isis): twitter → telegram → tamtam\n",
            "| twitter | Telegram (telegram) | 2015 | [1] |\n",
            "| telegram | TamTam (tamtam) |  | Who owns TamTam |\n",
            "| TamTam (tamtam) → owned by → Mail.Ru Group (mail-ru-group) | 1 | Who owns TamTam |",
            "### London Bridge attack (london-bridge-attack-2019)\n",
            "| 1 | TamTam (tamtam) | 2019-11-30T17:55Z | isis | first | [1] |",
            "| 2 | Telegram (telegram) | 2019-11-30T17:56Z | isis | 1 min |  |",
            "| isis | telegram | 2015 | tamtam | 2017 |  | Who owns TamTam [1] |",
            "This is the first report: there is no previous report to compare with.",
            "- [1] [Exodus to TamTam](https://example.org/exodus), published 2019-11-30; about"
                + " 2019-11-29 (asserted): “They moved.”");
  }

  @Test
  void htmlShowsTheSameRecordsAsLinkedNotes() {
    String html = new ReportHtml(report(ReportChanges.none())).render();

    assertThat(html)
        .contains(
            "<h3>Islamic State (isis): twitter → telegram → tamtam</h3>",
            "<tr><td>twitter</td><td>Telegram (telegram)</td><td>2015</td>"
                + "<td><sup><a href=\"#ev-1\">[1]</a></sup></td></tr>",
            "<tr><td>1</td><td>TamTam (tamtam)</td><td>0.5000</td></tr>",
            "<td>TamTam (tamtam) → owned by → Mail.Ru Group (mail-ru-group)</td><td>1</td>"
                + "<td>Who owns TamTam</td>",
            "<td>2</td><td>Telegram (telegram)</td><td>2019-11-30T17:56Z</td><td>isis</td>"
                + "<td>1 min</td>",
            "<li id=\"ev-1\" value=\"1\"><a href=\"https://example.org/exodus\" rel=\"noreferrer\">"
                + "Exodus to TamTam</a>, published 2019-11-30; about 2019-11-29 (asserted): "
                + "<span class=\"sentence\">“They moved.”</span></li>");
  }

  @Test
  void changesListNewEntitiesAndRankMovesByMeasureAndType() {
    ReportData.Changes changes =
        new ReportData.Changes(
            "2026-11-20T070000",
            "2026-11-20T07:00:00Z",
            List.of(Map.of("id", "zorbly", "name", "Zorbly", "type", "Platform")),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new RankMove(
                    CentralityAlgorithm.PAGERANK, EntityType.PLATFORM, "tamtam", "TamTam", 2, 1)));

    String markdown = new ReportMarkdown(report(changes)).render();

    assertThat(markdown)
        .contains(
            "Compared with the report 2026-11-20T070000 (made 2026-11-20T07:00:00Z): 1 new"
                + " entities, 0 new facts, 0 new migrations, 0 new bans, 1 centrality moves.",
            "- Zorbly (zorbly), Platform\n",
            "| pagerank | Platform | TamTam (tamtam) | #2 | #1 |");
  }

  @Test
  void markdownShowsHostileArticleTextAsTextAndLinksOnlyWebAddresses() {
    List<String> hostileUrls =
        List.of(
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)",
            "file:///etc/passwd");
    for (String url : hostileUrls) {
      Map<String, Object> statement =
          statement(
              "<script>alert(1)</script> [click](javascript:alert(2))",
              url,
              "He wrote <img src=x onerror=alert(3)> and <iframe src=//x></iframe> | `code`");

      String markdown = new ReportMarkdown(report(ReportChanges.none(), statement)).render();

      assertThat(markdown)
          .as(url)
          .doesNotContain("<script", "<img", "<iframe")
          // No link opens on anything but http(s): an escaped \\] does not close a link text.
          .doesNotContainPattern("(?<!\\\\)\\]\\(\\s*(?i:javascript|data|vbscript|file):")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(2))")
          .contains("He wrote &lt;img src=x onerror=alert(3)&gt;")
          .contains("\\| \\`code\\`");
    }
    String linked =
        new ReportMarkdown(
                report(
                    ReportChanges.none(),
                    statement("Fine (title)", "https://example.org/a (b)", "Text.")))
            .render();
    assertThat(linked).contains("[Fine (title)](https://example.org/a%20%28b%29)");
  }

  @Test
  void networkExplorerWritesItsDataInTheSameOrderInEveryJvm() {
    ReportData base = report(ReportChanges.none());
    Map<String, Object> fact = new java.util.LinkedHashMap<>();
    fact.put("subject", "isis");
    fact.put("subjectName", "Islamic State");
    fact.put("subjectType", "Actor");
    fact.put("object", "tamtam");
    fact.put("objectName", "TamTam");
    fact.put("objectType", "Platform");
    fact.put("type", "MIGRATED_TO");
    fact.put("claims", 1L);
    fact.put("evidence", List.of());
    ReportData data =
        new ReportData(
            base.generatedAt(),
            base.store(),
            base.engine(),
            base.holdings(),
            base.entities(),
            base.discovered(),
            base.rankings(),
            base.migrationChains(),
            base.ownershipChains(),
            base.firstCarriers(),
            base.displacement(),
            base.timeline(),
            base.statements(),
            base.platformFlow(),
            base.factsAround(),
            base.changes(),
            List.of(fact),
            base.timelineDates(),
            List.of(fact),
            base.totals());

    String html = new ReportHtml(data).render();

    // Map.of iterates in an order drawn afresh by each JVM: two reports of one store differed.
    assertThat(html)
        .contains(
            "\"entityTypes\":[{\"name\":\"Actor\",\"colour\":\"#c0392b\"},",
            "\"views\":{\"facts\":{\"nodes\":[{\"id\":\"isis\",\"name\":\"Islamic State\"");
  }

  private static ReportData report(ReportData.Changes changes) {
    return report(
        changes, statement("Exodus to TamTam", "https://example.org/exodus", "They moved."));
  }

  private static Map<String, Object> statement(String title, String url, String sentence) {
    return Map.of(
        "type", "MIGRATED_TO",
        "subject", "isis",
        "subjectName", "Islamic State",
        "object", "telegram",
        "objectName", "Telegram",
        "firstDate", "2015",
        "evidence",
            List.of(
                Map.of(
                    "claim", "c1",
                    "title", title,
                    "url", url,
                    "published", "2019-11-30",
                    "date", "2019-11-29",
                    "modality", "asserted",
                    "sentence", sentence)));
  }

  private static ReportData report(ReportData.Changes changes, Map<String, Object> statement) {
    Map<CentralityAlgorithm, Map<EntityType, List<Ranked>>> rankings =
        Map.of(
            CentralityAlgorithm.PAGERANK,
            Map.of(
                EntityType.PLATFORM,
                List.of(
                    new Ranked(1, "tamtam", "TamTam", EntityType.PLATFORM, 0.5),
                    new Ranked(2, "telegram", "Telegram", EntityType.PLATFORM, 0.25))));
    MigrationChain chain =
        new MigrationChain(
            ISIS,
            List.of(
                new ChainStep(List.of("twitter"), TELEGRAM, "2015", List.of(MOVED)),
                new ChainStep(List.of("telegram"), TAMTAM, null, List.of(OWNED))));
    GraphPath owners =
        new GraphPath(
            List.of(TAMTAM, MAIL_RU),
            List.of(
                new Hop("tamtam", "OWNED_BY", "mail-ru-group", true, null, List.of(OWNED, OWNED))));
    EventCarriers carriers =
        new EventCarriers(
            "london-bridge-attack-2019",
            "London Bridge attack",
            List.of(
                new FirstCarrier(
                    1, TAMTAM, "2019-11-30T17:55Z", List.of("isis"), 0L, 0L, List.of(MOVED)),
                new FirstCarrier(
                    2, TELEGRAM, "2019-11-30T17:56Z", List.of("isis"), 1L, 0L, List.of())));
    Displacement displacement =
        new Displacement(
            ISIS, TELEGRAM, "2015", TAMTAM, "2017", null, List.of(MOVED), List.of(OWNED));
    Holdings holdings =
        new Holdings(
            2, 1, 4, 0, new TreeMap<>(Map.of("Platform", 2L)), new TreeMap<>(), new TreeMap<>());
    return new ReportData(
        "2026-11-21T07:00:00Z",
        "test store",
        "test engine",
        holdings,
        List.of(),
        List.of(),
        rankings,
        List.of(chain),
        List.of(owners),
        List.of(carriers),
        List.of(displacement),
        List.of(),
        List.of(statement),
        List.of(),
        List.of(),
        changes);
  }
}
