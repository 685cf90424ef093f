package org.driftgraph.analyze.gremlin;

import static org.driftgraph.analyze.gremlin.GraphShape.ANNOUNCED_ON;
import static org.driftgraph.analyze.gremlin.GraphShape.BANNED_BY;
import static org.driftgraph.analyze.gremlin.GraphShape.MIGRATED_TO;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.GraphTraversalSource;
import org.apache.tinkerpop.gremlin.process.traversal.dsl.graph.__;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.FirstCarrier;

/** The analyses that read claim dates: who carried an event first, and where banned actors went. */
final class Timelines {
  private final ClaimReader claims;
  private final GraphTraversalSource g;

  Timelines(ClaimReader claims, GraphTraversalSource g) {
    this.claims = claims;
    this.g = g;
  }

  /** Platforms by their earliest dated ANNOUNCED_ON claim about the event, then by id. */
  List<FirstCarrier> first(String eventId) {
    Map<String, List<ClaimRow>> byPlatform = new HashMap<>();
    Map<String, EntityRef> platforms = new HashMap<>();
    for (ClaimRow claim : claims.datedAbout(eventId, ANNOUNCED_ON)) {
      byPlatform.computeIfAbsent(claim.object().id(), id -> new ArrayList<>()).add(claim);
      platforms.put(claim.object().id(), claim.object());
    }
    // Each platform's claims are in evidence order, earliest date first.
    List<String> order = new ArrayList<>(byPlatform.keySet());
    order.sort(
        Comparator.comparing((String id) -> byPlatform.get(id).get(0).date())
            .thenComparing(id -> id));
    List<FirstCarrier> rows = new ArrayList<>();
    String firstDate = order.isEmpty() ? null : byPlatform.get(order.get(0)).get(0).date();
    for (String platform : order) {
      List<ClaimRow> carried = byPlatform.get(platform);
      String date = carried.get(0).date();
      List<String> subjects = carried.stream().map(ClaimRow::subject).distinct().sorted().toList();
      rows.add(
          new FirstCarrier(
              rows.size() + 1,
              platforms.get(platform),
              date,
              subjects,
              PartialDates.minutes(firstDate, date),
              PartialDates.days(firstDate, date),
              ClaimReader.evidence(carried)));
    }
    return rows;
  }

  /**
   * For every dated BANNED_BY fact, each other platform the actor's MIGRATED_TO claims reach on or
   * after the ban date (compared at the coarser precision), with the earliest such claim's date.
   */
  List<Displacement> displacement() {
    List<Ban> bans = new ArrayList<>();
    g.E()
        .hasLabel(BANNED_BY)
        .has("firstDate")
        .project("actor", "banner", "date")
        .by(__.outV().elementMap("id", "name"))
        .by(__.inV().elementMap("id", "name"))
        .by(__.values("firstDate"))
        .toStream()
        .forEach(
            row ->
                bans.add(
                    new Ban(
                        GraphShape.entityRef((Map<?, ?>) row.get("actor")),
                        GraphShape.entityRef((Map<?, ?>) row.get("banner")),
                        (String) row.get("date"))));
    bans.sort(
        Comparator.comparing((Ban ban) -> ban.actor().id())
            .thenComparing(ban -> ban.banner().id()));
    Map<String, List<ClaimRow>> migrations = new HashMap<>();
    List<Displacement> rows = new ArrayList<>();
    for (Ban ban : bans) {
      List<ClaimRow> moves =
          migrations.computeIfAbsent(
              ban.actor().id(), id -> claims.datedBySubject(id, MIGRATED_TO));
      Map<String, List<ClaimRow>> byDestination = new TreeMap<>();
      for (ClaimRow move : moves) {
        if (!move.object().id().equals(ban.banner().id())
            && PartialDates.notBefore(move.date(), ban.date())) {
          byDestination.computeIfAbsent(move.object().id(), id -> new ArrayList<>()).add(move);
        }
      }
      if (byDestination.isEmpty()) {
        continue;
      }
      List<ClaimRow> banClaims = claims.ofFact(ban.actor().id(), BANNED_BY, ban.banner().id());
      byDestination
          .values()
          .forEach(
              arrivals -> {
                String arrival = arrivals.get(0).date();
                rows.add(
                    new Displacement(
                        ban.actor(),
                        ban.banner(),
                        ban.date(),
                        arrivals.get(0).object(),
                        arrival,
                        PartialDates.days(ban.date(), arrival),
                        ClaimReader.evidence(banClaims),
                        ClaimReader.evidence(arrivals)));
              });
    }
    return rows;
  }

  private record Ban(EntityRef actor, EntityRef banner, String date) {}
}
