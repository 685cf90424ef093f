package org.driftgraph.extract.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.text.WorkCount;

/** Matching a rule pattern inside one stretch of the normalized text. */
final class Regions {
  private Regions() {}

  /**
   * A matcher of {@code pattern} over {@code text} from {@code start} to {@code end} (empty when
   * end is before start) that sees the text around the region, so word boundaries at its edges are
   * those of the text.
   */
  static Matcher region(Pattern pattern, String text, int start, int end) {
    // One pass of the pattern over the region: the unit of work of argument search.
    WorkCount.add(Math.max(0, end - start));
    Matcher m = pattern.matcher(text);
    m.region(start, Math.max(start, end));
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    return m;
  }
}
