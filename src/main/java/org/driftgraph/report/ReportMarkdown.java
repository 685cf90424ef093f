package org.driftgraph.report;

import java.util.List;
import java.util.stream.Collectors;
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

/** {@code report.md}: the report as GitHub-flavoured Markdown; pictures are in report.html. */
public final class ReportMarkdown {
  private final ReportData data;

  public ReportMarkdown(ReportData data) {
    this.data = data;
  }

  public String render() {
    StringBuilder md = new StringBuilder();
    md.append("# driftgraph report, ").append(data.generatedAt()).append("\n\n");
    md.append("Store: ")
        .append(escape(data.store()))
        .append("  \nAnalyses: ")
        .append(escape(data.engine()))
        .append("\n\n");
    for (Block block : new ReportLayout(data).blocks()) {
      if (block instanceof Heading h) {
        md.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
      } else if (block instanceof Paragraph p) {
        md.append(inline(p.text())).append("\n\n");
      } else if (block instanceof Table t) {
        table(md, t);
      } else if (block instanceof Bullets b) {
        b.items().forEach(item -> md.append("- ").append(inline(item)).append('\n'));
        md.append('\n');
      } else if (block instanceof Notes n) {
        n.notes().forEach(note -> md.append(note(note)).append('\n'));
        md.append('\n');
      } else if (block instanceof Explorer) {
        md.append("*An explorable network: in report.html.*\n\n");
      } else if (block instanceof Picture p) {
        md.append("*Picture: ").append(escape(p.title())).append(" (in report.html).*\n\n");
      }
    }
    return md.toString();
  }

  private static void table(StringBuilder md, Table table) {
    md.append("| ")
        .append(
            table.headers().stream().map(ReportMarkdown::escape).collect(Collectors.joining(" | ")))
        .append(" |\n|")
        .append("---|".repeat(table.headers().size()))
        .append('\n');
    for (List<Inline> row : table.rows()) {
      md.append("| ")
          .append(row.stream().map(ReportMarkdown::inline).collect(Collectors.joining(" | ")))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static String note(Note note) {
    StringBuilder line = new StringBuilder("- [").append(note.number()).append("] ");
    String title = note.title().isEmpty() ? "untitled article" : note.title();
    line.append(
        WebAddress.isLinkable(note.url())
            ? "[" + escape(title) + "](" + linkTarget(note.url()) + ")"
            : "*"
                + escape(title)
                + "*"
                + (note.url().isEmpty() ? "" : " (" + escape(note.url()) + ")"));
    if (!note.published().isEmpty()) {
      line.append(", published ").append(note.published());
    }
    if (!note.date().isEmpty()) {
      line.append("; about ").append(note.date());
    }
    if (!note.modality().isEmpty()) {
      line.append(" (").append(note.modality()).append(')');
    }
    return line.append(": “").append(escape(note.sentence())).append("”").toString();
  }

  private static String inline(Inline inline) {
    String notes = inline.notes().stream().map(n -> "[" + n + "]").collect(Collectors.joining(""));
    String text = escape(inline.text());
    return text.isEmpty() ? notes : notes.isEmpty() ? text : text + " " + notes;
  }

  /**
   * Text from articles as Markdown that renders as that text: HTML is written as entities (a title
   * with {@code <script>} or {@code <img onerror=>} must not run in a Markdown viewer) and the
   * Markdown punctuation that makes links, code or table cells is escaped. Emphasis is left alone:
   * it can only restyle text.
   */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\r', '\n' -> out.append(' ');
        case '\\', '`', '[', ']', '|' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A link target that cannot close the link early or start an autolink. */
  private static String linkTarget(String url) {
    return url.strip()
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
        .replace(" ", "%20");
  }
}
