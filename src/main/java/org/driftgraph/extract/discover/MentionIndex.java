package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.driftgraph.model.Mention;

/**
 * An article's mentions in order of their start, so that whether one overlaps a span is asked of
 * the few near it, not of all of them per span (a long article that repeats a description made that
 * quadratic).
 */
final class MentionIndex {
  private final List<Mention> byStart;
  private final int[] starts;

  /** {@code endsBefore[i]}: the largest end of the mentions before index {@code i}. */
  private final int[] endsBefore;

  MentionIndex(List<Mention> mentions) {
    byStart = mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
    starts = byStart.stream().mapToInt(Mention::start).toArray();
    endsBefore = new int[starts.length + 1];
    endsBefore[0] = Integer.MIN_VALUE;
    for (int i = 0; i < starts.length; i++) {
      endsBefore[i + 1] = Math.max(endsBefore[i], byStart.get(i).end());
    }
  }

  /**
   * A mention overlaps {@code [start, end)} but neither lies strictly inside it nor is it: a known
   * name inside a description is the description's word, and gives way to it.
   */
  boolean overlapInPart(int start, int end) {
    int first = firstStartingAtOrAfter(start);
    // one that starts before the span and ends inside or after it overlaps, and is not inside it
    if (endsBefore[first] > start) {
      return true;
    }
    for (int i = first; i < starts.length && starts[i] < end; i++) {
      Mention other = byStart.get(i);
      boolean inside = other.end() <= end && other.end() - other.start() < end - start;
      if (!inside) {
        return true;
      }
    }
    return false;
  }

  /** Any mention shares a character with {@code [start, end)}. */
  boolean overlaps(int start, int end) {
    int first = firstStartingAtOrAfter(start);
    return endsBefore[first] > start || (first < starts.length && starts[first] < end);
  }

  /** The mentions that share a character with {@code [start, end)}, by start. */
  List<Mention> overlapping(int start, int end) {
    List<Mention> found = new ArrayList<>();
    int first = firstStartingAtOrAfter(start);
    // mentions are short: walk back over the few that start before and may reach in
    for (int i = first - 1; i >= 0 && endsBefore[i + 1] > start; i--) {
      if (byStart.get(i).end() > start) {
        found.add(0, byStart.get(i));
      }
    }
    for (int i = first; i < starts.length && starts[i] < end; i++) {
      found.add(byStart.get(i));
    }
    return found;
  }

  private int firstStartingAtOrAfter(int offset) {
    int first = Arrays.binarySearch(starts, offset);
    if (first < 0) {
      first = -first - 1;
    }
    while (first > 0 && starts[first - 1] == offset) {
      first--;
    }
    return first;
  }
}
