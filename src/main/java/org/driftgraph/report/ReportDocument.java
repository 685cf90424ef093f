package org.driftgraph.report;

import java.util.List;
import java.util.Objects;

/**
 * A report laid out as blocks that both the Markdown and the HTML renderer draw, so that the two
 * files always say the same thing.
 */
final class ReportDocument {
  private ReportDocument() {}

  sealed interface Block permits Heading, Paragraph, Table, Bullets, Notes, Picture, Explorer {}

  /** A heading; {@code anchor} is the HTML id the table of contents links to. */
  record Heading(int level, String text, String anchor) implements Block {
    Heading {
      if (level < 1 || level > 4) {
        throw new IllegalArgumentException("heading level " + level);
      }
      Objects.requireNonNull(text, "text");
    }
  }

  record Paragraph(Inline text) implements Block {}

  record Table(List<String> headers, List<List<Inline>> rows) implements Block {
    Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
      for (List<Inline> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException(
              "a row of " + row.size() + " cells under " + headers.size() + " headers");
        }
      }
    }
  }

  record Bullets(List<Inline> items) implements Block {
    Bullets {
      items = List.copyOf(items);
    }
  }

  /** Evidence spelled out: the numbered claims that other blocks cite. */
  record Notes(List<Note> notes) implements Block {
    Notes {
      notes = List.copyOf(notes);
    }
  }

  /** One claim as evidence; {@code url} (may be empty) is shown as a link, never loaded. */
  record Note(
      int number,
      String title,
      String url,
      String published,
      String date,
      String modality,
      String sentence) {}

  /** An SVG drawing; the Markdown file names it and points to the HTML. */
  record Picture(String title, String svg) implements Block {}

  /**
   * An interactive drawing, HTML with its script (see {@link NetworkExplorer}); only report.html
   * shows it, the pictures stay for Markdown and print.
   */
  record Explorer(String html) implements Block {
    Explorer {
      Objects.requireNonNull(html, "html");
    }
  }

  /** Text with the numbers of the notes it cites. */
  record Inline(String text, List<Integer> notes) {
    Inline {
      Objects.requireNonNull(text, "text");
      notes = List.copyOf(notes);
    }

    static Inline of(String text) {
      return new Inline(text, List.of());
    }
  }
}
