package org.driftgraph.report;

import static org.driftgraph.report.LayoutBlocks.named;
import static org.driftgraph.report.LayoutBlocks.text;

import java.util.ArrayList;
import java.util.List;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.report.ReportData.EventCarriers;
import org.driftgraph.report.ReportDocument.Explorer;
import org.driftgraph.report.ReportDocument.Heading;
import org.driftgraph.report.ReportDocument.Inline;
import org.driftgraph.report.ReportDocument.Picture;
import org.driftgraph.report.ReportDocument.Table;

/**
 * The report's sections drawn from the analyses and the saved queries: migration and ownership
 * chains, who announced first, displacement, the timeline and the network pictures. Each long list
 * ends with how many it left out and the command that lists them all.
 */
final class AnalysisSections {
  private final ReportData data;
  private final LayoutBlocks out;

  AnalysisSections(ReportData data, LayoutBlocks out) {
    this.data = data;
    this.out = out;
  }

  void addAll() {
    chains();
    owners();
    carriers();
    displacement();
    timeline();
    network();
  }

  private void chains() {
    out.section(ReportSection.MIGRATION_CHAINS);
    if (data.migrationChains().isEmpty()) {
      out.paragraph("No actor has a migration in the graph.");
      return;
    }
    for (MigrationChain chain : data.migrationChains()) {
      out.add(
          new Heading(
              3, named(chain.actor()) + ": " + String.join(" → ", chain.platforms()), null));
      out.add(
          new Table(
              List.of("Left", "Moved to", "Date", "Evidence"),
              chain.steps().stream()
                  .map(
                      step ->
                          List.of(
                              Inline.of(String.join(", ", step.from())),
                              Inline.of(named(step.to())),
                              Inline.of(text(step.date())),
                              out.cite(step.evidence(), step.claims())))
                  .toList()));
    }
    out.more(
        data.totals().migratingActors()
            - data.migrationChains().stream().map(c -> c.actor().id()).distinct().count(),
        "actors with migrations, with fewer of them: `./driftgraph analyze chains --actor ID`");
  }

  private void owners() {
    out.section(ReportSection.OWNERSHIP_CHAINS);
    if (data.ownershipChains().isEmpty()) {
      out.paragraph("No platform has an owner in the graph.");
      return;
    }
    List<List<Inline>> rows = new ArrayList<>();
    for (GraphPath path : data.ownershipChains()) {
      List<String> names = path.nodes().stream().map(LayoutBlocks::named).toList();
      List<Evidence> evidence =
          path.hops().stream().flatMap(hop -> hop.evidence().stream()).toList();
      rows.add(
          List.of(
              Inline.of(String.join(" → owned by → ", names)),
              Inline.of(String.valueOf(path.hops().size())),
              out.cite(evidence, path.hops().stream().mapToLong(Hop::claims).sum())));
    }
    out.add(new Table(List.of("Chain", "Hops", "Evidence"), rows));
    out.more(
        data.totals().ownedPlatforms()
            - data.ownershipChains().stream().map(p -> p.nodes().get(0).id()).distinct().count(),
        "platforms with owners, with fewer claims behind them: "
            + "`./driftgraph analyze owners --platform ID`");
  }

  private void carriers() {
    out.section(ReportSection.FIRST_CARRIERS);
    if (data.firstCarriers().isEmpty()) {
      out.paragraph("No event has dated announcements in the graph.");
      return;
    }
    for (EventCarriers event : data.firstCarriers()) {
      out.add(new Heading(3, event.name() + " (" + event.event() + ")", null));
      if (event.carriers().isEmpty()) {
        out.paragraph("No dated announcement about this event.");
        continue;
      }
      out.add(
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
                              out.cite(c.evidence(), c.claims())))
                  .toList()));
    }
    out.more(
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
    out.section(ReportSection.DISPLACEMENT);
    if (data.displacement().isEmpty()) {
      out.paragraph("No dated ban is followed by a migration in the graph.");
      return;
    }
    out.add(
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
                            out.cite(
                                concat(d.banEvidence(), d.migrationEvidence()),
                                d.banClaims() + d.migrationClaims())))
                .toList()));
  }

  private void timeline() {
    out.section(ReportSection.TIMELINE);
    if (data.timeline().isEmpty()) {
      out.paragraph("No dated ban, migration or announcement in the graph.");
      return;
    }
    out.add(
        new Picture(
            "Bans, migrations and announcements over time",
            TimelineChart.svg(
                TimelineChart.dots(
                    data.timelineDates().isEmpty() ? data.timeline() : data.timelineDates()))));
    out.add(
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
                            out.citeRows(List.of(t))))
                .toList()));
    out.more(
        data.totals().timeline() - data.timeline().size(),
        "later dated claims: `./driftgraph query timeline` lists them all");
  }

  private void network() {
    out.section(ReportSection.NETWORK);
    String explorer = NetworkExplorer.html(data);
    if (!explorer.isEmpty()) {
      out.add(new Heading(3, "Explore the network", null));
      out.add(new Explorer(explorer));
    }
    out.add(new Heading(3, "Platform flow", null));
    if (data.platformFlow().isEmpty()) {
      out.paragraph("No migration names the platform it left.");
    } else {
      out.add(
          new Picture(
              "Platform flow (DISPLACED_TO): arrows go from the platform left to the one joined",
              NetworkPicture.platformFlow(data.platformFlow())));
      out.list(
          data.platformFlow(),
          f ->
              Inline.of(
                  Rows.named(f, "from", "fromName")
                      + " → "
                      + Rows.named(f, "to", "toName")
                      + ": "
                      + String.join(", ", Rows.strings(f, "actors"))));
      out.more(
          data.totals().platformFlows() - data.platformFlow().size(),
          "moves between platforms, with fewer claims: `./driftgraph query platform-flow`");
    }
    out.add(new Heading(3, "Facts around the top entities", null));
    if (data.factsAround().isEmpty()) {
      out.paragraph("No fact touches the top entities.");
    } else {
      out.add(
          new Picture(
              "The fact graph around the top entities by PageRank",
              NetworkPicture.facts(data.factsAround())));
    }
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
