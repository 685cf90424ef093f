package org.driftgraph.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Renders an {@link Evaluation} for people: the metrics, then what went wrong and where. */
final class EvaluationTable {
  private static final String ROW = "%-16s %9s %7s %6s %5s %5s %5s%n";

  private EvaluationTable() {}

  static String render(Evaluation evaluation) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, ROW, "", "precision", "recall", "f1", "tp", "fp", "fn"));
    row(out, "mentions", evaluation.mentions());
    row(out, "relations", evaluation.relations());
    for (Map.Entry<String, Metrics> type : evaluation.byType().entrySet()) {
      row(out, "  " + type.getKey(), type.getValue());
    }
    accuracy(out, "from", evaluation.from());
    accuracy(out, "dates", evaluation.dates());
    relations(out, "Missed relations", evaluation.missed());
    relations(out, "Spurious relations", evaluation.spurious());
    attributes(out, "Wrong from", evaluation.wrongFrom());
    attributes(out, "Wrong dates", evaluation.wrongDates());
    list(
        out,
        "Missed mentions",
        evaluation.missedMentions(),
        e -> e.document() + ": " + e.entityId());
    list(
        out,
        "Spurious mentions",
        evaluation.spuriousMentions(),
        e -> e.document() + ": " + e.entityId());
    list(out, "Problems", evaluation.problems(), problem -> problem);
    return out.toString();
  }

  private static void row(StringBuilder out, String label, Metrics metrics) {
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            label,
            score(metrics.precision()),
            score(metrics.recall()),
            score(metrics.f1()),
            metrics.truePositives(),
            metrics.falsePositives(),
            metrics.falseNegatives()));
  }

  private static void accuracy(StringBuilder out, String label, Accuracy accuracy) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-16s accuracy %s (%d of %d)%n",
            label,
            score(accuracy.accuracy()),
            accuracy.correct(),
            accuracy.n()));
  }

  private static void relations(StringBuilder out, String heading, List<RelationError> errors) {
    out.append(String.format(Locale.ROOT, "%n%s (%d):%n", heading, errors.size()));
    for (RelationError error : errors) {
      out.append("  ").append(error.document()).append(": ").append(error.relation());
      if (error.rule() != null) {
        out.append("  [rule ").append(error.rule()).append(']');
      }
      out.append(System.lineSeparator());
      out.append("    sentence: ").append(oneLine(error.sentence())).append(System.lineSeparator());
      if (error.evidence() != null
          && !oneLine(error.evidence()).equals(oneLine(error.sentence()))) {
        out.append("    evidence: ")
            .append(oneLine(error.evidence()))
            .append(System.lineSeparator());
      }
    }
  }

  private static void attributes(StringBuilder out, String heading, List<AttributeError> errors) {
    list(
        out,
        heading,
        errors,
        e ->
            e.document()
                + ": "
                + e.relation()
                + " expected "
                + e.expected()
                + ", predicted "
                + e.predicted());
  }

  private static <T> void list(
      StringBuilder out, String heading, List<T> items, Function<T, String> line) {
    out.append(String.format(Locale.ROOT, "%n%s (%d):%n", heading, items.size()));
    for (T item : items) {
      out.append("  ").append(line.apply(item)).append(System.lineSeparator());
    }
  }

  private static String score(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String oneLine(String text) {
    return text == null ? "(none)" : text.strip().replaceAll("\\s+", " ");
  }
}
