package org.driftgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Which of a list of patterns are worth trying on a stretch of text: one Aho-Corasick pass over the
 * text finds the {@link RequiredLiterals} of every pattern, and a pattern none of whose literals
 * lies inside the stretch cannot match there. A pattern without a literal of at least {@link
 * #MIN_LITERAL} characters (nothing fixed to look for, or a single letter found everywhere) is
 * always tried. The literals are derived from the patterns when the rules are loaded, so a pattern
 * a rule author adds is covered with no list to keep in step.
 */
public final class LiteralPrefilter {
  /** Shorter literals would be found in nearly every sentence and only cost hits. */
  static final int MIN_LITERAL = 2;

  private final int size;
  private final BitSet alwaysTried = new BitSet();
  private final List<Optional<Set<String>>> literals = new ArrayList<>();
  private final PayloadTrie<int[]> trie;

  public LiteralPrefilter(List<Pattern> patterns) {
    this.size = patterns.size();
    Map<String, BitSet> patternsOf = new LinkedHashMap<>();
    for (int i = 0; i < patterns.size(); i++) {
      Optional<Set<String>> required =
          RequiredLiterals.of(patterns.get(i))
              .filter(set -> RequiredLiterals.shortest(set) >= MIN_LITERAL);
      literals.add(required);
      if (required.isEmpty()) {
        alwaysTried.set(i);
        continue;
      }
      for (String literal : required.get()) {
        patternsOf.computeIfAbsent(literal, k -> new BitSet()).set(i);
      }
    }
    PayloadTrie.PayloadTrieBuilder<int[]> builder = PayloadTrie.builder();
    patternsOf.forEach((literal, set) -> builder.addKeyword(literal, set.stream().toArray()));
    this.trie = patternsOf.isEmpty() ? null : builder.build();
  }

  /** The literals pattern {@code index} is looked for by, or empty when it is always tried. */
  public Optional<Set<String>> literals(int index) {
    return literals.get(index);
  }

  /** Where the literals occur in {@code text}: one pass, however many patterns. */
  public Hits scan(CharSequence text) {
    List<Found> found = new ArrayList<>();
    if (trie != null) {
      // The trie reports a hit by its inclusive last index.
      trie.parseText(
          text,
          emit -> {
            found.add(new Found(emit.getStart(), emit.getEnd() + 1, emit.getPayload()));
            return true;
          });
    }
    WorkCount.add(text.length() + found.size());
    return new Hits(found);
  }

  private record Found(int start, int end, int[] patterns) {}

  /** The literal hits of one text, and for each the patterns its literal admits. */
  public final class Hits {
    private final int[] starts;
    private final int[] ends;
    private final int[][] admitted;

    private Hits(List<Found> found) {
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
      starts = new int[found.size()];
      ends = new int[found.size()];
      admitted = new int[found.size()][];
      for (int i = 0; i < found.size(); i++) {
        starts[i] = found.get(i).start();
        ends[i] = found.get(i).end();
        admitted[i] = found.get(i).patterns();
      }
    }

    /** The patterns that may match inside {@code [from, to)}: a literal of theirs lies there. */
    public BitSet candidates(int from, int to) {
      BitSet out = (BitSet) alwaysTried.clone();
      for (int i = firstStartingAt(from); i < starts.length && starts[i] < to; i++) {
        WorkCount.add(1);
        if (ends[i] <= to) {
          for (int p : admitted[i]) {
            out.set(p);
          }
        }
      }
      return out;
    }

    private int firstStartingAt(int position) {
      int i = Arrays.binarySearch(starts, position);
      if (i < 0) {
        return -i - 1;
      }
      while (i > 0 && starts[i - 1] == position) {
        i--;
      }
      return i;
    }
  }

  /** How many patterns the prefilter was built for. */
  public int size() {
    return size;
  }
}
