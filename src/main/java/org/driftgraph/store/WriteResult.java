package org.driftgraph.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.driftgraph.model.Rejection;

/**
 * What one {@link GraphWriter#write} did.
 *
 * @param written articles stored for the first time
 * @param unchanged articles whose id (so whose text) was already stored; their claims and mentions
 *     were refreshed to the given ones
 * @param replaced older versions of an article (same source key, other text) that were removed
 * @param touchedSubjects entities whose facts were re-derived (or, when deferred, marked for it)
 * @param failed articles that could not be stored, with the reason
 */
public record WriteResult(
    int written,
    int unchanged,
    int replaced,
    SortedSet<String> touchedSubjects,
    List<Rejection> failed) {

  public static final WriteResult EMPTY = new WriteResult(0, 0, 0, new TreeSet<>(), List.of());

  public WriteResult {
    if (written < 0 || unchanged < 0 || replaced < 0) {
      throw new IllegalArgumentException("article counts cannot be negative");
    }
    touchedSubjects = Collections.unmodifiableSortedSet(new TreeSet<>(touchedSubjects));
    failed = List.copyOf(failed);
  }

  static WriteResult failure(Rejection rejection) {
    return new WriteResult(0, 0, 0, new TreeSet<>(), List.of(rejection));
  }

  /** Both results together, for totals over several batches. */
  public WriteResult plus(WriteResult other) {
    SortedSet<String> subjects = new TreeSet<>(touchedSubjects);
    subjects.addAll(other.touchedSubjects);
    List<Rejection> failures = new ArrayList<>(failed);
    failures.addAll(other.failed);
    return new WriteResult(
        written + other.written,
        unchanged + other.unchanged,
        replaced + other.replaced,
        subjects,
        failures);
  }
}
