package org.driftgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
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
  private final List<Pattern> patterns;
  private final int[] reach;
  private final PayloadTrie<int[]> trie;

  public LiteralPrefilter(List<Pattern> patterns) {
    this.size = patterns.size();
    this.patterns = List.copyOf(patterns);
    this.reach = new int[size];
    Map<String, BitSet> patternsOf = new LinkedHashMap<>();
    for (int i = 0; i < patterns.size(); i++) {
      Optional<RequiredLiterals.Required> required =
          RequiredLiterals.required(patterns.get(i))
              .filter(r -> RequiredLiterals.shortest(r.literals()) >= MIN_LITERAL);
      literals.add(required.map(RequiredLiterals.Required::literals));
      reach[i] = required.map(RequiredLiterals.Required::reach).orElse(-1);
      if (required.isEmpty()) {
        alwaysTried.set(i);
        continue;
      }
      for (String literal : required.get().literals()) {
        patternsOf.computeIfAbsent(literal, k -> new BitSet()).set(i);
      }
    }
    PayloadTrie.PayloadTrieBuilder<int[]> builder = PayloadTrie.builder();
    patternsOf.forEach((literal, set) -> builder.addKeyword(literal, set.stream().toArray()));
    this.trie = patternsOf.isEmpty() ? null : builder.build();
  }

  /** Pattern {@code index}, as given. */
  public Pattern pattern(int index) {
    return patterns.get(index);
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
    return new Hits(text, found);
  }

  private record Found(int start, int end, int[] patterns) {}

  /** The literal hits of one text, and for each the patterns its literal admits. */
  public final class Hits {
    private final CharSequence text;
    private final int[] starts;
    private final int[] ends;
    private final int[][] admitted;

    private Hits(CharSequence text, List<Found> found) {
      this.text = text;
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

    /**
     * Every match of pattern {@code index} inside {@code [from, to)}, as a {@link Matcher} over the
     * whole text with that region, transparent and non-anchoring bounds would find them one after
     * the other with {@code find()}; but a match is only tried where it can start: at most the
     * pattern's reach before one of its literals. A pattern always tried, or whose reach is not
     * bounded, is searched with {@code find()} over the region.
     */
    public List<MatchResult> matches(int index, int from, int to) {
      Matcher m = patterns.get(index).matcher(text);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      List<MatchResult> out = new ArrayList<>();
      if (alwaysTried.get(index) || reach[index] < 0) {
        WorkCount.add(Math.max(0, to - from));
        m.region(from, Math.max(from, to));
        while (m.find()) {
          out.add(m.toMatchResult());
        }
        return out;
      }
      int next = from; // where find() would look for the next match
      int tried = from; // every start from next up to here failed
      int i = firstStartingAt(from);
      while (i < starts.length && starts[i] < to) {
        if (ends[i] > to || starts[i] < next || !admits(i, index)) {
          i++;
          continue;
        }
        boolean found = false;
        for (int start = Math.max(Math.max(tried, next), starts[i] - reach[index]);
            start <= starts[i] && !found;
            start++) {
          WorkCount.add(1);
          m.region(start, to);
          if (m.lookingAt()) {
            out.add(m.toMatchResult());
            next = m.end() == start ? start + 1 : m.end();
            found = true;
          }
          tried = Math.max(start + 1, next);
        }
        if (!found) {
          i++; // else the rest of this literal's window, past the match, is tried next
        }
      }
      return out;
    }

    private boolean admits(int hit, int index) {
      for (int p : admitted[hit]) {
        if (p == index) {
          return true;
        }
      }
      return false;
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
