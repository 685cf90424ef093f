package org.driftgraph.report;

import java.util.List;
import java.util.Map;
import org.driftgraph.report.ReportDocument.Heading;
import org.driftgraph.report.ReportDocument.Inline;
import org.driftgraph.report.ReportDocument.Note;
import org.driftgraph.report.ReportDocument.Notes;
import org.driftgraph.report.ReportDocument.Paragraph;

/**
 * The report's last section: every fact the statements query returned, by type, each with its
 * strongest claims as numbered notes (the numbers the other sections cite) and, when it has more,
 * the {@code explain} command that shows them all.
 */
final class StatementSection {
  private final ReportData data;
  private final LayoutBlocks out;

  StatementSection(ReportData data, LayoutBlocks out) {
    this.data = data;
    this.out = out;
  }

  void add() {
    out.section(ReportSection.STATEMENTS);
    if (data.statements().isEmpty()) {
      out.paragraph("The graph holds no facts yet.");
      return;
    }
    String type = null;
    int shownOfType = 0;
    for (Map<String, Object> statement : data.statements()) {
      if (!Rows.text(statement, "type").equals(type)) {
        moreFacts(type, shownOfType);
        type = Rows.text(statement, "type");
        shownOfType = 0;
        out.add(new Heading(3, type, null));
      }
      shownOfType++;
      String first = Rows.text(statement, "firstDate");
      out.add(
          new Paragraph(
              Inline.of(
                  Rows.named(statement, "subject", "subjectName")
                      + " "
                      + type
                      + " "
                      + Rows.named(statement, "object", "objectName")
                      + (first.isEmpty() ? "" : ", first dated " + first))));
      List<Map<String, Object>> evidence = Rows.list(statement, "evidence");
      out.add(
          new Notes(
              evidence.stream()
                  .filter(e -> out.notes().number(Rows.text(e, "claim")).isPresent())
                  .map(
                      e ->
                          new Note(
                              out.notes().number(Rows.text(e, "claim")).orElseThrow(),
                              Rows.text(e, "title"),
                              Rows.text(e, "url"),
                              Rows.text(e, "published"),
                              Rows.text(e, "date"),
                              Rows.text(e, "modality"),
                              Rows.text(e, "sentence")))
                  .toList()));
      long claims = statement.get("claims") instanceof Number n ? n.longValue() : evidence.size();
      if (claims > evidence.size()) {
        out.paragraph(
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
      out.more(
          data.holdings().factsByType().getOrDefault(type, 0L) - shown,
          type
              + " facts with fewer claims: statements.jsonl beside this report lists every fact"
              + " with every claim");
    }
  }
}
