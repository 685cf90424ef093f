package org.driftgraph.cli;

import static org.driftgraph.cli.RowValues.flag;
import static org.driftgraph.cli.RowValues.maps;
import static org.driftgraph.cli.RowValues.number;
import static org.driftgraph.cli.RowValues.text;
import static org.driftgraph.cli.RowValues.texts;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.driftgraph.analyze.PathParameters;
import org.driftgraph.analyze.Projection;

/** The table-mode text of each analysis, read from the same rows the JSON prints. */
final class AnalysisTables {
  /** Evidence sentences are cut to about this many characters: enough to recognise the claim. */
  static final int SENTENCE_LENGTH = 160;

  private static final String EVIDENCE_INDENT = "      ";

  private AnalysisTables() {}

  static TableView centrality(Projection projection) {
    return new TableView(
        "No nodes in the " + projection.key() + " projection.",
        (out, rows) -> {
          boolean whole =
              rows.stream().allMatch(row -> ((Number) row.get("score")).doubleValue() % 1 == 0);
          TextTable table = new TextTable("RANK>", "ID", "NAME", "TYPE", "SCORE>");
          int rank = 0;
          for (Map<String, Object> row : rows) {
            double score = ((Number) row.get("score")).doubleValue();
            table.row(
                ++rank,
                text(row, "id"),
                text(row, "name"),
                text(row, "type"),
                whole
                    ? String.format(Locale.ROOT, "%.0f", score)
                    : String.format(Locale.ROOT, "%.6f", score));
          }
          table.print(out);
        });
  }

  static TableView paths(PathParameters parameters) {
    return new TableView(
        "No path of at most "
            + parameters.maxHops()
            + " hops between "
            + parameters.from()
            + " and "
            + parameters.to()
            + ".",
        AnalysisTables::printPaths);
  }

  static TableView owners(String platformId) {
    return new TableView(
        "No OWNED_BY fact starts at " + platformId + ".", AnalysisTables::printPaths);
  }

  static TableView chains(String actorId) {
    return new TableView(
        actorId + " has no MIGRATED_TO facts.",
        (out, rows) -> {
          for (Map<String, Object> chain : rows) {
            List<Map<String, Object>> steps = maps(chain, "steps");
            StringBuilder line = new StringBuilder(text(chain, "actor")).append(':');
            List<String> origins = texts(steps.get(0), "from");
            line.append(origins.isEmpty() ? "" : " " + String.join(", ", origins) + " →");
            for (int i = 0; i < steps.size(); i++) {
              line.append(i == 0 ? " " : " → ").append(destination(steps.get(i)));
            }
            out.println(line);
            for (Map<String, Object> step : steps) {
              List<String> from = texts(step, "from");
              out.println(
                  "  → "
                      + destination(step)
                      + (from.isEmpty() ? "" : ", from " + String.join(", ", from)));
              printEvidence(out, maps(step, "evidence"));
            }
          }
        });
  }

  static TableView first(String eventId) {
    return new TableView(
        "No dated ANNOUNCED_ON claim about " + eventId + ".",
        (out, rows) -> {
          TextTable table = new TextTable("RANK>", "PLATFORM", "DATE", "LAG", "WHO");
          for (Map<String, Object> row : rows) {
            table.row(
                row.get("rank"),
                text(row, "id"),
                text(row, "date"),
                lag(number(row, "rank"), number(row, "lagMinutes"), number(row, "lagDays")),
                String.join(", ", texts(row, "subjects")));
          }
          table.print(out);
          for (Map<String, Object> row : rows) {
            out.println("  " + text(row, "id") + ":");
            printEvidence(out, maps(row, "evidence"));
          }
        });
  }

  static TableView displacement() {
    return new TableView(
        "No ban is followed by a dated migration to another platform.",
        (out, rows) -> {
          TextTable table =
              new TextTable("ACTOR", "BANNED BY", "BAN DATE", "WENT TO", "ARRIVAL", "DAYS>");
          for (Map<String, Object> row : rows) {
            table.row(
                text(row, "actor"),
                text(row, "bannedBy"),
                text(row, "banDate"),
                text(row, "to"),
                text(row, "arrivalDate"),
                row.get("days") == null ? "?" : row.get("days"));
          }
          table.print(out);
        });
  }

  /** How long after the first platform: "+1 min", "+2 h 05 min", "same day", "+3 days". */
  static String lag(Long rank, Long lagMinutes, Long lagDays) {
    if (rank != null && rank == 1) {
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
  private static void printPaths(PrintWriter out, List<Map<String, Object>> rows) {
    boolean first = true;
    for (Map<String, Object> path : rows) {
      if (!first) {
        out.println();
      }
      first = false;
      List<Map<String, Object>> steps = maps(path, "steps");
      StringBuilder line = new StringBuilder(texts(path, "ids").get(0));
      steps.forEach(step -> line.append(arrow(step)).append(text(step, "to")));
      out.println(line);
      for (Map<String, Object> step : steps) {
        String date = text(step, "firstDate");
        out.println(
            "  "
                + text(step, "from")
                + arrow(step)
                + text(step, "to")
                + (date == null ? "" : " (" + date + ")"));
        printEvidence(out, maps(step, "evidence"));
      }
    }
  }

  private static String arrow(Map<String, Object> step) {
    String type = text(step, "type");
    return flag(step, "forward") ? " -[" + type + "]-> " : " <-[" + type + "]- ";
  }

  private static String destination(Map<String, Object> step) {
    String date = text(step, "date");
    return text(step, "to") + (date == null ? "" : " (" + date + ")");
  }

  private static void printEvidence(PrintWriter out, List<Map<String, Object>> evidence) {
    for (Map<String, Object> claim : evidence) {
      String date = text(claim, "date");
      String source = text(claim, "title") != null ? text(claim, "title") : text(claim, "file");
      out.println(
          EVIDENCE_INDENT
              + (date == null ? "undated" : date)
              + "  "
              + source
              + ": "
              + shortened(text(claim, "sentence")));
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
