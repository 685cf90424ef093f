package org.driftgraph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.driftgraph.analyze.EntityRef;
import org.driftgraph.analyze.Evidence;
import org.driftgraph.report.ReportDocument.Block;
import org.driftgraph.report.ReportDocument.Bullets;
import org.driftgraph.report.ReportDocument.Heading;
import org.driftgraph.report.ReportDocument.Inline;
import org.driftgraph.report.ReportDocument.Paragraph;

/**
 * The blocks of one report as its sections add them, with what every section shares: headings,
 * paragraphs, "and N more" lines, bullet lists, and the citation of claims by note number. A large
 * store's cells cite a few claims and count the rest ({@link ReportLimits#notesPerCell()}).
 */
final class LayoutBlocks {
  private final List<Block> blocks = new ArrayList<>();
  private final ReportLimits limits = ReportLimits.DEFAULT;
  private final EvidenceNotes notes;

  /** A store small enough that every fact shows every claim and every cell cites all its notes. */
  private final boolean fullEvidence;

  LayoutBlocks(ReportData data) {
    this.notes = new EvidenceNotes(data.statements());
    this.fullEvidence = data.holdings().claims() <= limits.fullEvidenceUpTo();
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  EvidenceNotes notes() {
    return notes;
  }

  void add(Block block) {
    blocks.add(block);
  }

  void section(ReportSection section) {
    blocks.add(new Heading(2, section.title(), section.anchor()));
  }

  void heading(String text) {
    blocks.add(new Heading(3, text, null));
  }

  void paragraph(String text) {
    blocks.add(new Paragraph(Inline.of(text)));
  }

  /** "And N more ...", when a list was cut. */
  void more(long more, String what) {
    if (more > 0) {
      paragraph("And " + more + " more " + what + ".");
    }
  }

  /** A bullet per row; an item that is not yet an {@link Inline} cites the row's evidence. */
  void list(List<Map<String, Object>> rows, Function<Map<String, Object>, ?> item) {
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
  Inline cite(List<Evidence> evidence, long claims) {
    return cite(
        evidence.stream().map(Evidence::claim).toList(),
        evidence.stream().map(e -> text(e.title())).toList(),
        claims);
  }

  /** Cites query rows that are claims (id {@code claim}, article {@code title}). */
  Inline citeRows(List<Map<String, Object>> evidence) {
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

  /** A fact row as "subject TYPE object", each named with its id. */
  static String fact(Map<String, Object> f) {
    return Rows.named(f, "subject", "subjectName")
        + " "
        + Rows.text(f, "type")
        + " "
        + Rows.named(f, "object", "objectName");
  }

  /** A name with its id when they differ: "TamTam (tamtam)". */
  static String named(EntityRef entity) {
    String name = entity.name();
    return name.isEmpty() || name.equals(entity.id())
        ? entity.id()
        : name + " (" + entity.id() + ")";
  }

  /** A value as a cell's text, "" when absent. */
  static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  static List<Inline> cells(Object... values) {
    List<Inline> cells = new ArrayList<>();
    for (Object value : values) {
      cells.add(Inline.of(String.valueOf(value)));
    }
    return cells;
  }
}
