package org.driftgraph.report;

import static org.driftgraph.report.LayoutBlocks.cells;

import java.util.List;
import java.util.Locale;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.model.EntityType;
import org.driftgraph.report.ReportData.Changes;
import org.driftgraph.report.ReportData.Holdings;
import org.driftgraph.report.ReportData.Ranked;
import org.driftgraph.report.ReportDocument.Block;
import org.driftgraph.report.ReportDocument.Heading;
import org.driftgraph.report.ReportDocument.Inline;
import org.driftgraph.report.ReportDocument.Table;

/**
 * Lays a report out as blocks, in the order of its sections ({@link ReportSection}): what the store
 * holds, what changed and the rankings here, the analyses' sections in {@link AnalysisSections} and
 * the statements in {@link StatementSection}. The analyses' sections read their records; the
 * sections drawn from saved queries read the query rows.
 */
final class ReportLayout {
  /** Discovered entities listed by name; the rest are counted (report.json lists them all). */
  static final int DISCOVERED_SHOWN = 25;

  private final ReportData data;
  private final LayoutBlocks out;

  ReportLayout(ReportData data) {
    this.data = data;
    this.out = new LayoutBlocks(data);
  }

  List<Block> blocks() {
    if (out.isEmpty()) {
      holdings();
      changes();
      rankings();
      new AnalysisSections(data, out).addAll();
      new StatementSection(data, out).add();
    }
    return out.blocks();
  }

  private void holdings() {
    out.section(ReportSection.HOLDINGS);
    Holdings h = data.holdings();
    out.add(
        new Table(
            List.of("Articles", "Claims", "Entities", "Facts", "Discovered, awaiting review"),
            List.of(cells(h.articles(), h.claims(), h.entities(), h.facts(), h.discovered()))));
    out.add(new Heading(3, "Entities per type", null));
    out.add(
        new Table(
            List.of("Type", "Entities"),
            h.entitiesByType().entrySet().stream()
                .map(e -> cells(e.getKey(), e.getValue()))
                .toList()));
    out.add(new Heading(3, "Facts per type", null));
    out.add(
        new Table(
            List.of("Type", "Facts", "Claims"),
            h.factsByType().entrySet().stream()
                .map(
                    e ->
                        cells(
                            e.getKey(),
                            e.getValue(),
                            h.claimsByFactType().getOrDefault(e.getKey(), 0L)))
                .toList()));
    out.add(new Heading(3, "Discovered entities awaiting review", null));
    if (data.discovered().isEmpty()) {
      out.paragraph("None: every entity comes from the gazetteer.");
    } else {
      out.add(
          new Table(
              List.of("Entity", "Type", "Articles", "Surface forms"),
              data.discovered().stream()
                  .limit(DISCOVERED_SHOWN)
                  .map(
                      d ->
                          cells(
                              Rows.named(d, "id", "name"),
                              Rows.text(d, "type"),
                              Rows.text(d, "articles"),
                              String.join(", ", Rows.strings(d, "names"))))
                  .toList()));
      if (data.discovered().size() > DISCOVERED_SHOWN) {
        out.paragraph(
            "And "
                + (data.discovered().size() - DISCOVERED_SHOWN)
                + " more, listed in report.json.");
      } else if (h.discovered() > data.discovered().size()) {
        out.more(
            h.discovered() - data.discovered().size(),
            "less mentioned: `./driftgraph entities --discovered` lists them all");
      }
    }
  }

  private void changes() {
    out.section(ReportSection.CHANGES);
    Changes c = data.changes();
    if (c == null || c.previous() == null) {
      out.paragraph("This is the first report: there is no previous report to compare with.");
      return;
    }
    out.paragraph(
        "Compared with the report "
            + c.previous()
            + " (made "
            + c.previousGeneratedAt()
            + "): "
            + c.counts().entities()
            + " new entities, "
            + c.counts().facts()
            + " new facts, "
            + c.counts().migrations()
            + " new migrations, "
            + c.counts().bans()
            + " new bans, "
            + c.moves().size()
            + " centrality moves.");
    out.add(new Heading(3, "New entities", null));
    out.list(
        c.newEntities(), e -> Inline.of(Rows.named(e, "id", "name") + ", " + Rows.text(e, "type")));
    out.more(c.counts().entities() - c.newEntities().size(), "new entities");
    out.add(new Heading(3, "New migrations", null));
    out.list(c.newMigrations(), LayoutBlocks::fact);
    out.more(c.counts().migrations() - c.newMigrations().size(), "new migrations");
    out.add(new Heading(3, "New bans", null));
    out.list(c.newBans(), LayoutBlocks::fact);
    out.more(c.counts().bans() - c.newBans().size(), "new bans");
    out.add(new Heading(3, "New facts", null));
    out.list(c.newFacts(), LayoutBlocks::fact);
    out.more(
        c.counts().facts() - c.newFacts().size(),
        "new facts: statements.jsonl beside this report lists every fact");
    out.add(new Heading(3, "Centrality moves", null));
    if (c.moves().isEmpty()) {
      out.paragraph("No entity changed rank.");
    } else {
      out.add(
          new Table(
              List.of("Measure", "Type", "Entity", "Before", "Now"),
              c.moves().stream()
                  .map(
                      m ->
                          cells(
                              m.measure().key(),
                              m.type().label(),
                              m.name() + " (" + m.id() + ")",
                              rank(m.before()),
                              rank(m.after())))
                  .toList()));
    }
  }

  private static String rank(Integer rank) {
    return rank == null ? "not ranked" : "#" + rank;
  }

  private void rankings() {
    out.section(ReportSection.RANKINGS);
    out.paragraph(
        "PageRank follows the facts' direction (rank flows to what is moved to, announced on, owned by); "
            + "betweenness reads the fact graph as undirected. Both run on the facts projection; the tables rank "
            + "the entities that take part in at least one fact.");
    for (CentralityAlgorithm measure : ReportData.MEASURES) {
      for (EntityType type : ReportData.RANKED_TYPES) {
        List<Ranked> ranked = data.ranking(measure, type);
        out.add(
            new Heading(
                3,
                type.label()
                    + "s by "
                    + (measure == CentralityAlgorithm.PAGERANK ? "PageRank" : measure.key()),
                null));
        if (ranked.isEmpty()) {
          out.paragraph("No " + type.label().toLowerCase(Locale.ROOT) + " in the graph.");
        } else {
          out.add(
              new Table(
                  List.of("#", "Entity", "Score"),
                  ranked.stream()
                      .map(
                          r ->
                              cells(
                                  r.rank(),
                                  r.name() + " (" + r.id() + ")",
                                  String.format(Locale.ROOT, "%.4f", r.score())))
                      .toList()));
        }
      }
    }
  }
}
