package org.driftgraph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.model.EntityType;
import org.driftgraph.report.ReportData.Changes;
import org.driftgraph.report.ReportData.EventCarriers;
import org.driftgraph.report.ReportData.Holdings;
import org.driftgraph.report.ReportData.Ranked;
import org.driftgraph.report.ReportDocument.Block;
import org.driftgraph.report.ReportDocument.Bullets;
import org.driftgraph.report.ReportDocument.Explorer;
import org.driftgraph.report.ReportDocument.Heading;
import org.driftgraph.report.ReportDocument.Inline;
import org.driftgraph.report.ReportDocument.Note;
import org.driftgraph.report.ReportDocument.Notes;
import org.driftgraph.report.ReportDocument.Paragraph;
import org.driftgraph.report.ReportDocument.Picture;
import org.driftgraph.report.ReportDocument.Table;

/**
 * Lays a report out as blocks, in the order of its sections ({@link ReportSection}). The analyses'
 * sections read their records; the sections drawn from saved queries read the query rows.
 */
final class ReportLayout {
  /** Discovered entities listed by name; the rest are counted (report.json lists them all). */
  static final int DISCOVERED_SHOWN = 25;

  private final ReportData data;
  private final ReportLimits limits = ReportLimits.DEFAULT;
  private final EvidenceNotes notes;
  private final List<Block> blocks = new ArrayList<>();

  /** A store small enough that every fact shows every claim and every cell cites all its notes. */
  private final boolean fullEvidence;

  ReportLayout(ReportData data) {
    this.data = data;
    this.notes = new EvidenceNotes(data.statements());
    this.fullEvidence = data.holdings().claims() <= limits.fullEvidenceUpTo();
  }

  List<Block> blocks() {
    if (blocks.isEmpty()) {
      holdings();
      changes();
      rankings();
      chains();
      owners();
      carriers();
      displacement();
      timeline();
      network();
      statements();
    }
    return List.copyOf(blocks);
  }

  private void section(ReportSection section) {
    blocks.add(new Heading(2, section.title(), section.anchor()));
  }

  private void holdings() {
    section(ReportSection.HOLDINGS);
    Holdings h = data.holdings();
    blocks.add(
        new Table(
            List.of("Articles", "Claims", "Entities", "Facts", "Discovered, awaiting review"),
            List.of(cells(h.articles(), h.claims(), h.entities(), h.facts(), h.discovered()))));
    blocks.add(new Heading(3, "Entities per type", null));
    blocks.add(
        new Table(
            List.of("Type", "Entities"),
            h.entitiesByType().entrySet().stream()
                .map(e -> cells(e.getKey(), e.getValue()))
                .toList()));
    blocks.add(new Heading(3, "Facts per type", null));
    blocks.add(
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
    blocks.add(new Heading(3, "Discovered entities awaiting review", null));
    if (data.discovered().isEmpty()) {
      paragraph("None: every entity comes from the gazetteer.");
    } else {
      blocks.add(
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
        paragraph(
            "And "
                + (data.discovered().size() - DISCOVERED_SHOWN)
                + " more, listed in report.json.");
      } else if (h.discovered() > data.discovered().size()) {
        more(
            h.discovered() - data.discovered().size(),
            "less mentioned: `./driftgraph entities --discovered` lists them all");
      }
    }
  }

  private void changes() {
    section(ReportSection.CHANGES);
    Changes c = data.changes();
    if (c == null || c.previous() == null) {
      paragraph("This is the first report: there is no previous report to compare with.");
      return;
    }
    paragraph(
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
    blocks.add(new Heading(3, "New entities", null));
    list(
        c.newEntities(), e -> Inline.of(Rows.named(e, "id", "name") + ", " + Rows.text(e, "type")));
    more(c.counts().entities() - c.newEntities().size(), "new entities");
    blocks.add(new Heading(3, "New migrations", null));
    list(c.newMigrations(), this::fact);
    more(c.counts().migrations() - c.newMigrations().size(), "new migrations");
    blocks.add(new Heading(3, "New bans", null));
    list(c.newBans(), this::fact);
    more(c.counts().bans() - c.newBans().size(), "new bans");
    blocks.add(new Heading(3, "New facts", null));
    list(c.newFacts(), this::fact);
    more(
        c.counts().facts() - c.newFacts().size(),
        "new facts: statements.jsonl beside this report lists every fact");
    blocks.add(new Heading(3, "Centrality moves", null));
    if (c.moves().isEmpty()) {
      paragraph("No entity changed rank.");
    } else {
      blocks.add(
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
    section(ReportSection.RANKINGS);
    paragraph(
        "PageRank follows the facts' direction (rank flows to what is moved to, announced on, owned by); "
            + "betweenness reads the fact graph as undirected. Both run on the facts projection; the tables rank "
            + "the entities that take part in at least one fact.");
    for (CentralityAlgorithm measure : ReportData.MEASURES) {
      for (EntityType type : ReportData.RANKED_TYPES) {
        List<Ranked> ranked = data.ranking(measure, type);
        blocks.add(
            new Heading(
                3,
                type.label()
                    + "s by "
                    + (measure == CentralityAlgorithm.PAGERANK ? "PageRank" : measure.key()),
                null));
        if (ranked.isEmpty()) {
          paragraph("No " + type.label().toLowerCase(Locale.ROOT) + " in the graph.");
        } else {
          blocks.add(
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

  private void chains() {
    section(ReportSection.MIGRATION_CHAINS);
    if (data.migrationChains().isEmpty()) {
      paragraph("No actor has a migration in the graph.");
      return;
    }
    for (MigrationChain chain : data.migrationChains()) {
      blocks.add(
          new Heading(
              3, named(chain.actor()) + ": " + String.join(" → ", chain.platforms()), null));
      blocks.add(
          new Table(
              List.of("Left", "Moved to", "Date", "Evidence"),
              chain.steps().stream()
                  .map(
                      step ->
                          List.of(
                              Inline.of(String.join(", ", step.from())),
                              Inline.of(named(step.to())),
                              Inline.of(text(step.date())),
                              cite(step.evidence(), step.claims())))
                  .toList()));
    }
    more(
        data.totals().migratingActors()
            - data.migrationChains().stream().map(c -> c.actor().id()).distinct().count(),
        "actors with migrations, with fewer of them: `./driftgraph analyze chains --actor ID`");
  }

  private void owners() {
    section(ReportSection.OWNERSHIP_CHAINS);
    if (data.ownershipChains().isEmpty()) {
      paragraph("No platform has an owner in the graph.");
      return;
    }
    List<List<Inline>> rows = new ArrayList<>();
    for (GraphPath path : data.ownershipChains()) {
      List<String> names = path.nodes().stream().map(ReportLayout::named).toList();
      List<Evidence> evidence =
          path.hops().stream().flatMap(hop -> hop.evidence().stream()).toList();
      rows.add(
          List.of(
              Inline.of(String.join(" → owned by → ", names)),
              Inline.of(String.valueOf(path.hops().size())),
              cite(evidence, path.hops().stream().mapToLong(Hop::claims).sum())));
    }
    blocks.add(new Table(List.of("Chain", "Hops", "Evidence"), rows));
    more(
        data.totals().ownedPlatforms()
            - data.ownershipChains().stream().map(p -> p.nodes().get(0).id()).distinct().count(),
        "platforms with owners, with fewer claims behind them: "
            + "`./driftgraph analyze owners --platform ID`");
  }

  private void carriers() {
    section(ReportSection.FIRST_CARRIERS);
    if (data.firstCarriers().isEmpty()) {
      paragraph("No event has dated announcements in the graph.");
      return;
    }
    for (EventCarriers event : data.firstCarriers()) {
      blocks.add(new Heading(3, event.name() + " (" + event.event() + ")", null));
      if (event.carriers().isEmpty()) {
        paragraph("No dated announcement about this event.");
        continue;
      }
      blocks.add(
          new Table(
              List.of("#", "Platform", "First date", "Announced by", "After the first", "Evidence"),
              event.carriers().stream()
                  .map(
                      c ->
                          List.of(
                              Inline.of(String.valueOf(c.rank())),
                              Inline.of(named(c.platform())),
                              Inline.of(text(c.date())),
                              Inline.of(String.join(", ", c.subjects())),
                              Inline.of(lag(c)),
                              cite(c.evidence(), c.claims())))
                  .toList()));
    }
    more(
        data.totals().announcedEvents() - data.firstCarriers().size(),
        "events with fewer announcements: `./driftgraph analyze first --event ID`");
  }

  private static String lag(FirstCarrier carrier) {
    if (carrier.rank() == 1) {
      return "first";
    }
    if (carrier.lagMinutes() != null) {
      return carrier.lagMinutes() + " min";
    }
    return carrier.lagDays() != null ? carrier.lagDays() + " days" : "dates too coarse";
  }

  private void displacement() {
    section(ReportSection.DISPLACEMENT);
    if (data.displacement().isEmpty()) {
      paragraph("No dated ban is followed by a migration in the graph.");
      return;
    }
    blocks.add(
        new Table(
            List.of("Actor", "Banned by", "Ban date", "Moved to", "Arrival", "Days", "Evidence"),
            data.displacement().stream()
                .map(
                    d ->
                        List.of(
                            Inline.of(d.actor().id()),
                            Inline.of(d.bannedBy().id()),
                            Inline.of(text(d.banDate())),
                            Inline.of(d.to().id()),
                            Inline.of(text(d.arrivalDate())),
                            Inline.of(text(d.days())),
                            cite(
                                concat(d.banEvidence(), d.migrationEvidence()),
                                d.banClaims() + d.migrationClaims())))
                .toList()));
  }

  private void timeline() {
    section(ReportSection.TIMELINE);
    if (data.timeline().isEmpty()) {
      paragraph("No dated ban, migration or announcement in the graph.");
      return;
    }
    blocks.add(
        new Picture(
            "Bans, migrations and announcements over time",
            TimelineChart.svg(
                TimelineChart.dots(
                    data.timelineDates().isEmpty() ? data.timeline() : data.timelineDates()))));
    blocks.add(
        new Table(
            List.of("Date", "What", "Who", "Where", "Evidence"),
            data.timeline().stream()
                .map(
                    t ->
                        List.of(
                            Inline.of(Rows.text(t, "date")),
                            Inline.of(Rows.text(t, "type")),
                            Inline.of(Rows.named(t, "subject", "subjectName")),
                            Inline.of(Rows.named(t, "object", "objectName")),
                            citeRows(List.of(t))))
                .toList()));
    more(
        data.totals().timeline() - data.timeline().size(),
        "later dated claims: `./driftgraph query timeline` lists them all");
  }

  private void network() {
    section(ReportSection.NETWORK);
    String explorer = NetworkExplorer.html(data);
    if (!explorer.isEmpty()) {
      blocks.add(new Heading(3, "Explore the network", null));
      blocks.add(new Explorer(explorer));
    }
    blocks.add(new Heading(3, "Platform flow", null));
    if (data.platformFlow().isEmpty()) {
      paragraph("No migration names the platform it left.");
    } else {
      blocks.add(
          new Picture(
              "Platform flow (DISPLACED_TO): arrows go from the platform left to the one joined",
              NetworkPicture.platformFlow(data.platformFlow())));
      list(
          data.platformFlow(),
          f ->
              Inline.of(
                  Rows.named(f, "from", "fromName")
                      + " → "
                      + Rows.named(f, "to", "toName")
                      + ": "
                      + String.join(", ", Rows.strings(f, "actors"))));
      more(
          data.totals().platformFlows() - data.platformFlow().size(),
          "moves between platforms, with fewer claims: `./driftgraph query platform-flow`");
    }
    blocks.add(new Heading(3, "Facts around the top entities", null));
    if (data.factsAround().isEmpty()) {
      paragraph("No fact touches the top entities.");
    } else {
      blocks.add(
          new Picture(
              "The fact graph around the top entities by PageRank",
              NetworkPicture.facts(data.factsAround())));
    }
  }

  private void statements() {
    section(ReportSection.STATEMENTS);
    if (data.statements().isEmpty()) {
      paragraph("The graph holds no facts yet.");
      return;
    }
    String type = null;
    int shownOfType = 0;
    for (Map<String, Object> statement : data.statements()) {
      if (!Rows.text(statement, "type").equals(type)) {
        moreFacts(type, shownOfType);
        type = Rows.text(statement, "type");
        shownOfType = 0;
        blocks.add(new Heading(3, type, null));
      }
      shownOfType++;
      String first = Rows.text(statement, "firstDate");
      blocks.add(
          new Paragraph(
              Inline.of(
                  Rows.named(statement, "subject", "subjectName")
                      + " "
                      + type
                      + " "
                      + Rows.named(statement, "object", "objectName")
                      + (first.isEmpty() ? "" : ", first dated " + first))));
      List<Map<String, Object>> evidence = Rows.list(statement, "evidence");
      blocks.add(
          new Notes(
              evidence.stream()
                  .filter(e -> notes.number(Rows.text(e, "claim")).isPresent())
                  .map(
                      e ->
                          new Note(
                              notes.number(Rows.text(e, "claim")).orElseThrow(),
                              Rows.text(e, "title"),
                              Rows.text(e, "url"),
                              Rows.text(e, "published"),
                              Rows.text(e, "date"),
                              Rows.text(e, "modality"),
                              Rows.text(e, "sentence")))
                  .toList()));
      long claims = statement.get("claims") instanceof Number n ? n.longValue() : evidence.size();
      if (claims > evidence.size()) {
        paragraph(
            claims
                + " claims in all, the "
                + evidence.size()
                + " strongest shown; every one: `./driftgraph explain "
                + Rows.text(statement, "subject")
                + " "
                + type
                + " "
                + Rows.text(statement, "object")
                + "`");
      }
    }
    moreFacts(type, shownOfType);
  }

  /** "And N more" after the facts of one type, when the section did not list them all. */
  private void moreFacts(String type, int shown) {
    if (type != null) {
      more(
          data.holdings().factsByType().getOrDefault(type, 0L) - shown,
          type
              + " facts with fewer claims: statements.jsonl beside this report lists every fact"
              + " with every claim");
    }
  }

  /** "And N more ...", when a list was cut. */
  private void more(long more, String what) {
    if (more > 0) {
      paragraph("And " + more + " more " + what + ".");
    }
  }

  private String fact(Map<String, Object> f) {
    return Rows.named(f, "subject", "subjectName")
        + " "
        + Rows.text(f, "type")
        + " "
        + Rows.named(f, "object", "objectName");
  }

  private void list(List<Map<String, Object>> rows, Function<Map<String, Object>, ?> item) {
    if (rows.isEmpty()) {
      paragraph("None.");
      return;
    }
    blocks.add(
        new Bullets(
            rows.stream()
                .map(
                    row -> {
                      Object shown = item.apply(row);
                      return shown instanceof Inline inline
                          ? inline
                          : new Inline(
                              shown.toString(), notes.numbers(claims(Rows.list(row, "evidence"))));
                    })
                .toList()));
  }

  /**
   * Cites an analysis's evidence, which may be the strongest {@code claims} of more; see {@link
   * #cite(List, List, long)}.
   */
  private Inline cite(List<Evidence> evidence, long claims) {
    return cite(
        evidence.stream().map(Evidence::claim).toList(),
        evidence.stream().map(e -> text(e.title())).toList(),
        claims);
  }

  /** Cites query rows that are claims (id {@code claim}, article {@code title}). */
  private Inline citeRows(List<Map<String, Object>> evidence) {
    return cite(
        claims(evidence),
        evidence.stream().map(e -> Rows.text(e, "title")).toList(),
        evidence.size());
  }

  private static List<String> claims(List<Map<String, Object>> evidence) {
    return evidence.stream().map(e -> Rows.text(e, "claim")).toList();
  }

  /**
   * Cites claims by note numbers; a claim without a note is named by its article title.
   *
   * @param titles the article title of each claim, "" for none
   * @param total how many claims there are in all ({@code claims} may be the strongest of them)
   */
  private Inline cite(List<String> claims, List<String> titles, long total) {
    List<Integer> numbers = notes.numbers(claims);
    List<String> uncited = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (notes.number(claims.get(i)).isEmpty() && !uncited.contains(titles.get(i))) {
        uncited.add(titles.get(i));
      }
    }
    if (fullEvidence
        || (total == claims.size() && numbers.size() + uncited.size() <= limits.notesPerCell())) {
      return new Inline(String.join("; ", uncited), numbers);
    }
    // A large store: a cell cites a few claims, the notes first, and counts the rest.
    int shownNotes = Math.min(numbers.size(), limits.notesPerCell());
    int shownTitles = Math.min(uncited.size(), limits.notesPerCell() - shownNotes);
    long rest = total - shownNotes - shownTitles;
    String text = String.join("; ", uncited.subList(0, shownTitles));
    text += (text.isEmpty() ? "" : "; ") + "and " + rest + " more claims";
    return new Inline(text, numbers.subList(0, shownNotes));
  }

  /** A name with its id when they differ: "TamTam (tamtam)". */
  private static String named(EntityRef entity) {
    String name = entity.name();
    return name.isEmpty() || name.equals(entity.id())
        ? entity.id()
        : name + " (" + entity.id() + ")";
  }

  /** A value as a cell's text, "" when absent. */
  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private void paragraph(String text) {
    blocks.add(new Paragraph(Inline.of(text)));
  }

  private static List<Inline> cells(Object... values) {
    List<Inline> cells = new ArrayList<>();
    for (Object value : values) {
      cells.add(Inline.of(String.valueOf(value)));
    }
    return cells;
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
