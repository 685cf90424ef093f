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

/**
 * {@code report.html}: one standalone page (inline CSS, SVG and script, nothing loaded from
 * elsewhere). Article URLs are plain links; the page never loads them. The one script is the
 * explorable network ({@link NetworkExplorer}); everything else reads without it.
 */
public final class ReportHtml {
  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1d2430;line-height:1.45}
      h1{border-bottom:3px solid #2b5d8a;padding-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #c8d2dc;color:#2b5d8a}
      h3{margin-top:1.4em}table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
      th,td{border:1px solid #d5dce3;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eef2f6}
      tr:nth-child(even) td{background:#f8fafb}.meta{color:#5b6572}nav ol{columns:2}
      sup a{text-decoration:none}ol.notes{font-size:.9em;margin-top:.2em}ol.notes li{margin:.25em 0}
      .sentence{font-style:italic}figure{margin:1em 0}figcaption{color:#5b6572;font-size:.9em}
      figure svg{max-width:100%;height:auto;border:1px solid #e1e6eb}
      #network-chart{height:620px;border:1px solid #e1e6eb}#network-panel{margin:.6em 0;font-size:.92em}
      #network-panel ul ul{font-size:.95em}.controls label{margin-right:1.5em}
      @media print{.explorer{display:none}}
      """;

  private final ReportData data;

  public ReportHtml(ReportData data) {
    this.data = data;
  }

  public String render() {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>driftgraph report ")
        .append(escape(data.generatedAt()))
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>driftgraph report</h1>\n<p class=\"meta\">Made ")
        .append(escape(data.generatedAt()))
        .append(" from ")
        .append(escape(data.store()))
        .append("; analyses on ")
        .append(escape(data.engine()))
        .append(".</p>\n<nav><ol>\n");
    for (ReportSection section : ReportSection.values()) {
      html.append("<li><a href=\"#")
          .append(section.anchor())
          .append("\">")
          .append(escape(section.title()))
          .append("</a></li>\n");
    }
    html.append("</ol></nav>\n");
    for (Block block : new ReportLayout(data).blocks()) {
      if (block instanceof Heading h) {
        html.append("<h")
            .append(h.level())
            .append(h.anchor() == null ? "" : " id=\"" + h.anchor() + "\"")
            .append('>')
            .append(escape(h.text()))
            .append("</h")
            .append(h.level())
            .append(">\n");
      } else if (block instanceof Paragraph p) {
        html.append("<p>").append(inline(p.text())).append("</p>\n");
      } else if (block instanceof Table t) {
        table(html, t);
      } else if (block instanceof Bullets b) {
        html.append("<ul>\n")
            .append(
                b.items().stream()
                    .map(i -> "<li>" + inline(i) + "</li>")
                    .collect(Collectors.joining("\n")))
            .append("\n</ul>\n");
      } else if (block instanceof Notes n) {
        notes(html, n);
      } else if (block instanceof Explorer e) {
        html.append(e.html());
      } else if (block instanceof Picture p) {
        html.append("<figure>\n")
            .append(p.svg())
            .append("\n<figcaption>")
            .append(escape(p.title()))
            .append("</figcaption>\n</figure>\n");
      }
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private static void table(StringBuilder html, Table table) {
    html.append("<table>\n<thead><tr>");
    table.headers().forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (List<Inline> row : table.rows()) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(inline(cell)).append("</td>"));
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void notes(StringBuilder html, Notes notes) {
    html.append("<ol class=\"notes\">\n");
    for (Note note : notes.notes()) {
      String title = escape(note.title().isEmpty() ? "untitled article" : note.title());
      html.append("<li id=\"ev-")
          .append(note.number())
          .append("\" value=\"")
          .append(note.number())
          .append("\">");
      html.append(
          WebAddress.isLinkable(note.url())
              ? "<a href=\"" + escape(note.url()) + "\" rel=\"noreferrer\">" + title + "</a>"
              : "<cite>" + title + "</cite>");
      if (!note.published().isEmpty()) {
        html.append(", published ").append(escape(note.published()));
      }
      if (!note.date().isEmpty()) {
        html.append("; about ").append(escape(note.date()));
      }
      if (!note.modality().isEmpty()) {
        html.append(" (").append(escape(note.modality())).append(')');
      }
      html.append(": <span class=\"sentence\">“")
          .append(escape(note.sentence()))
          .append("”</span></li>\n");
    }
    html.append("</ol>\n");
  }

  private static String inline(Inline inline) {
    String notes =
        inline.notes().stream()
            .map(n -> "<sup><a href=\"#ev-" + n + "\">[" + n + "]</a></sup>")
            .collect(Collectors.joining(""));
    String text = escape(inline.text());
    return text.isEmpty() ? notes : text + notes;
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
