package org.driftgraph.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A pattern written as a list of alternatives (a trigger's patterns, a cue list): {@code prefix +
 * branch₁ | branch₂ | … + suffix}, with the source of each branch, so that a search can leave out
 * the branches that cannot match a stretch of text. Since the prefix and suffix take one way only
 * (the word-boundary lookarounds of the rule compiler), the whole pattern at a position matches as
 * its first branch (in order) that matches there: dropping branches that cannot match anywhere in
 * the stretch changes no match.
 *
 * @param whole the pattern as compiled, whose source is the prefix, the branches joined with {@code
 *     |}, and the suffix
 * @param prefix the text before the first branch
 * @param branches each branch's source, as it stands in {@code whole}
 * @param suffix the text after the last branch
 */
public record BranchedPattern(Pattern whole, String prefix, List<String> branches, String suffix) {
  /**
   * {@code \1} or {@code \k<name>} (an escaped backslash before a digit too: no harm, no split).
   */
  private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");

  public BranchedPattern {
    Objects.requireNonNull(whole, "whole");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(suffix, "suffix");
    branches = List.copyOf(branches);
    if (branches.isEmpty()) {
      throw new IllegalArgumentException("no branch in " + whole);
    }
    String joined = prefix + String.join("|", branches) + suffix;
    if (!joined.equals(whole.pattern())) {
      throw new IllegalArgumentException(
          "branches do not make up the pattern: " + joined + " is not " + whole.pattern());
    }
  }

  /** A pattern taken as one branch. */
  public static BranchedPattern of(Pattern pattern) {
    return new BranchedPattern(pattern, "", List.of(pattern.pattern()), "");
  }

  /** Branch {@code index} alone, with the prefix and suffix. */
  public Pattern branch(int index) {
    return Pattern.compile(prefix + branches.get(index) + suffix, whole.flags());
  }

  /**
   * The branches of {@code kept} (indexes into {@link #branches}), in order; the whole pattern if
   * all are kept, or if a branch refers back to a group (whose number the left-out branches would
   * change).
   */
  public Pattern subset(BitSet kept) {
    if (kept.cardinality() == branches.size() || BACK_REFERENCE.matcher(whole.pattern()).find()) {
      return whole;
    }
    List<String> sources = new ArrayList<>();
    kept.stream().forEach(i -> sources.add(branches.get(i)));
    return Pattern.compile(prefix + String.join("|", sources) + suffix, whole.flags());
  }
}
