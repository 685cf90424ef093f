package org.driftgraph.extract.claims;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over the article's lists kept sorted by an offset (names, dates, candidates). */
final class SortedByOffset {
  private SortedByOffset() {}

  /**
   * The index of the first element of {@code sorted} whose {@code offsetOf} is at or after {@code
   * offset} ({@code sorted.size()} when none is): the lists grow with the article, so a scan from
   * the start at every trigger would make extraction quadratic in a long one.
   */
  static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<T> offsetOf, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offsetOf.applyAsInt(sorted.get(mid)) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
