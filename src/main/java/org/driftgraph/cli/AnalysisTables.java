package org.driftgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.driftgraph.analyze.CentralityScore;
import org.driftgraph.analyze.ChainStep;
import org.driftgraph.analyze.Displacement;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.analyze.FirstCarrier;
import org.driftgraph.analyze.GraphPath;
import org.driftgraph.analyze.Hop;
import org.driftgraph.analyze.MigrationChain;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.analyze.Projection;

/** The table-mode text of each analysis, read from its records. */
final class AnalysisTables {
  /** Evidence sentences are cut to about this many characters: enough to recognise the claim. */
  static final int SENTENCE_LENGTH = 160;

  private static final String EVIDENCE_INDENT = "      ";

  private AnalysisTables() {}

  static TableView<CentralityScore> centrality(Projection projection) {
    return new TableView<>(
        "No nodes in the " + projection.key() + " projection.",
        (out, scores) -> {
          boolean whole = scores.stream().allMatch(s -> s.score() % 1 == 0);
          TextTable table = new TextTable("RANK>", "ID", "NAME", "TYPE", "SCORE>");
          int rank = 0;
          for (CentralityScore row : scores) {
            double score = row.score();
            table.row(
                ++rank,
                row.entity().id(),
                row.entity().name(),
                row.entity().type().label(),
                whole
                    ? String.format(Locale.ROOT, "%.0f", score)
                    : String.format(Locale.ROOT, "%.6f", score));
          }
          table.print(out);
        });
  }

  static TableView<GraphPath> paths(PathParameters parameters) {
    return new TableView<>(
        "No path of at most "
            + parameters.maxHops()
            + " hops between "
            + parameters.from()
            + " and "
            + parameters.to()
            + ".",
        AnalysisTables::printPaths);
  }

  static TableView<GraphPath> owners(String platformId) {
    return new TableView<>(
        "No OWNED_BY fact starts at " + platformId + ".", AnalysisTables::printPaths);
  }

  static TableView<MigrationChain> chains(String actorId) {
    return new TableView<>(
        actorId + " has no MIGRATED_TO facts.",
        (out, chains) -> {
          for (MigrationChain chain : chains) {
            List<ChainStep> steps = chain.steps();
            StringBuilder line = new StringBuilder(chain.actor().id()).append(':');
            List<String> origins = steps.get(0).from();
            line.append(origins.isEmpty() ? "" : " " + String.join(", ", origins) + " →");
            for (int i = 0; i < steps.size(); i++) {
              line.append(i == 0 ? " " : " → ").append(destination(steps.get(i)));
            }
            out.println(line);
            for (ChainStep step : steps) {
              List<String> from = step.from();
              out.println(
                  "  → "
                      + destination(step)
                      + (from.isEmpty() ? "" : ", from " + String.join(", ", from)));
              printEvidence(out, step.evidence());
            }
          }
        });
  }

  static TableView<FirstCarrier> first(String eventId) {
    return new TableView<>(
        "No dated ANNOUNCED_ON claim about " + eventId + ".",
        (out, carriers) -> {
          TextTable table = new TextTable("RANK>", "PLATFORM", "DATE", "LAG", "WHO");
          for (FirstCarrier row : carriers) {
            table.row(
                row.rank(),
                row.platform().id(),
                row.date(),
                lag(row.rank(), row.lagMinutes(), row.lagDays()),
                String.join(", ", row.subjects()));
          }
          table.print(out);
          for (FirstCarrier row : carriers) {
            out.println("  " + row.platform().id() + ":");
            printEvidence(out, row.evidence());
          }
        });
  }

  static TableView<Displacement> displacement() {
    return new TableView<>(
        "No ban is followed by a dated migration to another platform.",
        (out, displacements) -> {
          TextTable table =
              new TextTable("ACTOR", "BANNED BY", "BAN DATE", "WENT TO", "ARRIVAL", "DAYS>");
          for (Displacement row : displacements) {
            table.row(
                row.actor().id(),
                row.bannedBy().id(),
                row.banDate(),
                row.to().id(),
                row.arrivalDate(),
                row.days() == null ? "?" : row.days());
          }
          table.print(out);
        });
  }

  /** How long after the first platform: "+1 min", "+2 h 05 min", "same day", "+3 days". */
  static String lag(long rank, Long lagMinutes, Long lagDays) {
    if (rank == 1) {
      return "first";
    }
    if (lagMinutes != null && lagMinutes < 60) {
      return lagMinutes == 0 ? "same minute" : "+" + lagMinutes + " min";
    }
    if (lagMinutes != null && lagMinutes < 24 * 60) {
      return String.format(Locale.ROOT, "+%d h %02d min", lagMinutes / 60, lagMinutes % 60);
    }
    if (lagDays != null) {
      return lagDays == 0 ? "same day" : "+" + lagDays + (lagDays == 1 ? " day" : " days");
    }
    return "? (dates too coarse)";
  }

  /**
   * Each path as one line of arrows that follow the facts' directions, then every hop with its
   * evidence.
   */
  private static void printPaths(PrintWriter out, List<GraphPath> paths) {
    boolean first = true;
    for (GraphPath path : paths) {
      if (!first) {
        out.println();
      }
      first = false;
      StringBuilder line = new StringBuilder(path.ids().get(0));
      path.hops().forEach(hop -> line.append(arrow(hop)).append(hop.to()));
      out.println(line);
      for (Hop hop : path.hops()) {
        String date = hop.firstDate();
        out.println(
            "  " + hop.from() + arrow(hop) + hop.to() + (date == null ? "" : " (" + date + ")"));
        printEvidence(out, hop.evidence());
      }
    }
  }

  private static String arrow(Hop hop) {
    String type = hop.type();
    return hop.forward() ? " -[" + type + "]-> " : " <-[" + type + "]- ";
  }

  private static String destination(ChainStep step) {
    String date = step.date();
    return step.to().id() + (date == null ? "" : " (" + date + ")");
  }

  private static void printEvidence(PrintWriter out, List<Evidence> evidence) {
    for (Evidence claim : evidence) {
      String date = claim.date();
      String source = claim.title() != null ? claim.title() : claim.file();
      out.println(
          EVIDENCE_INDENT
              + (date == null ? "undated" : date)
              + "  "
              + source
              + ": "
              + shortened(claim.sentence()));
    }
  }

  /** The sentence on one line, cut at a word boundary near {@link #SENTENCE_LENGTH}. */
  static String shortened(String sentence) {
    if (sentence == null) {
      return "";
    }
    String line = sentence.strip().replaceAll("\\s+", " ");
    if (line.length() <= SENTENCE_LENGTH) {
      return line;
    }
    int cut = line.lastIndexOf(' ', SENTENCE_LENGTH - 1);
    return line.substring(0, cut > SENTENCE_LENGTH / 2 ? cut : SENTENCE_LENGTH - 1) + "…";
  }
}
