package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.text.WorkCount;

/**
 * The quotes of one article that may name an actor the extractor did not read ({@link
 * UnreadActors}), found once per sentence, and per paragraph how many of its sentences open with
 * one. Asked for every Arabic trigger, they were found again for every sentence of the trigger's
 * paragraph: quadratic in an article written as one paragraph.
 */
final class UnreadQuotes {
  /** The inside of a quote that may be a name: one to three words, the first Arabic. */
  private static final Pattern NAME_LIKE =
      Pattern.compile("\\s*[\\u0621-\\u064A][^\\s،,.؛:!؟?]*(?:\\s+[^\\s،,.؛:!؟?]+){0,2}\\s*");

  /** What may open a sentence before its quoted name: space, a heading mark, و or ف. */
  private static final Pattern OPENING = Pattern.compile("[\\s#*>-]*(?:[وف]\\s*)?");

  private final ArticleText at;
  private final Map<Integer, List<int[]>> bySentence = new HashMap<>();
  private final Map<Integer, Integer> openingsByParagraph = new HashMap<>();

  UnreadQuotes(ArticleText at) {
    this.at = at;
  }

  /**
   * The quotes of a sentence (from the opening mark to past the closing one) whose inside may be a
   * name and holds no name or anaphor the extractor found. Straight quotes pair in order.
   */
  List<int[]> in(ArticleText.Span span) {
    return bySentence.computeIfAbsent(span.index(), i -> find(span));
  }

  /** True when a sentence of {@code span}'s paragraph other than it opens with such a quote. */
  boolean openAnotherSentenceOf(ArticleText.Span span) {
    int openings = openingsByParagraph.computeIfAbsent(span.paragraph(), p -> openings(span));
    return openings - (opensWithOne(span) ? 1 : 0) > 0;
  }

  private int openings(ArticleText.Span member) {
    int first = member.index();
    while (first > 0 && at.sentences.get(first - 1).paragraph() == member.paragraph()) {
      first--;
    }
    int count = 0;
    for (int i = first;
        i < at.sentences.size() && at.sentences.get(i).paragraph() == member.paragraph();
        i++) {
      WorkCount.add(1);
      if (opensWithOne(at.sentences.get(i))) {
        count++;
      }
    }
    return count;
  }

  private boolean opensWithOne(ArticleText.Span span) {
    Matcher opening = OPENING.matcher(at.text);
    opening.region(span.start(), span.end());
    opening.lookingAt();
    int first = opening.end();
    return in(span).stream().anyMatch(q -> q[0] == first);
  }

  private List<int[]> find(ArticleText.Span span) {
    String text = at.text;
    List<int[]> out = new ArrayList<>();
    int open = -1;
    WorkCount.add(span.end() - span.start());
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      boolean opens = c == '«' || c == '“' || (c == '"' && open < 0);
      boolean closes = c == '»' || c == '”' || (c == '"' && open >= 0);
      if (closes && open >= 0) {
        Matcher inside = NAME_LIKE.matcher(text);
        inside.region(open + 1, i);
        if (inside.matches() && at.refsOverlapping(open + 1, i).isEmpty()) {
          out.add(new int[] {open, i + 1});
        }
        open = -1;
      } else if (opens) {
        open = i;
      }
    }
    return out;
  }
}
