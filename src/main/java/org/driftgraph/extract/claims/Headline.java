package org.driftgraph.extract.claims;

import java.util.Optional;
import org.driftgraph.model.DatePrecision;

/**
 * The article's headline, read as a statement like any sentence (it reaches the extractor once, as
 * the Markdown {@code # heading} or the HTML {@code <h1>} at the top of the text; the front-matter
 * or {@code <title>} copy is metadata and is not read again). A headline states what happened as
 * news: with no date of its own, it is dated by the day the article was published.
 */
final class Headline {
  private Headline() {}

  /**
   * Whether {@code span} is the headline: the first sentence, alone on its line, written as a
   * heading or equal to the article's title.
   */
  static boolean is(ArticleText at, ArticleText.Span span) {
    if (span.index() != 0) {
      return false;
    }
    if (at.sentences.size() > 1 && at.sentences.get(1).paragraph() == span.paragraph()) {
      return false;
    }
    String original = at.article.text();
    String line = original.substring(span.sentence().start(), span.sentence().end()).strip();
    if (line.startsWith("#")) {
      return true;
    }
    String title = at.article.title();
    return title != null && !title.isBlank() && line.startsWith(title.strip());
  }

  /** The published day (or coarser, as published) for a headline's undated claim. */
  static Optional<ClaimDates.Dated> publishedDate(ArticleText at, ArticleText.Span span) {
    String published = at.article.published();
    if (published == null || published.isBlank() || !is(at, span)) {
      return Optional.empty();
    }
    String iso = published.length() > 10 ? published.substring(0, 10) : published;
    return Optional.of(new ClaimDates.Dated(span.start(), span.start(), iso, precision(iso)));
  }

  private static DatePrecision precision(String iso) {
    return switch (iso.length()) {
      case 4 -> DatePrecision.YEAR;
      case 7 -> DatePrecision.MONTH;
      default -> DatePrecision.DAY;
    };
  }
}
