package org.driftgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a list of patterns are worth trying on a stretch of text, and where: one Aho-Corasick
 * pass over the text finds the {@link RequiredLiterals} of every branch of every pattern ({@link
 * BranchedPattern}: a trigger's patterns, a cue list's entries), and a branch none of whose
 * literals lies inside the stretch cannot match there, so it is left out of the pattern tried. A
 * branch whose fixed text is all in a lookbehind at its start (negation: {@code (?<=نفي\s)…}) is
 * placed by that text instead, which lies right before a match. A branch without a literal of at
 * least {@link #MIN_LITERAL} characters (nothing fixed to look for, or a single letter found
 * everywhere) is always tried. The literals are derived from the patterns when the rules are
 * loaded, so a pattern a rule author adds is covered with no list to keep in step.
 */
public final class LiteralPrefilter {
  /** Shorter literals would be found in nearly every sentence and only cost hits. */
  static final int MIN_LITERAL = 2;

  private final List<BranchedPattern> patterns;
  private final List<Optional<Set<String>>> literals = new ArrayList<>();

  /** Pattern {@code i}'s branches are {@code firstBranch[i]} to {@code firstBranch[i + 1] - 1}. */
  private final int[] firstBranch;

  private final int[] patternOf;

  /** Per branch: how far into a match its literal starts (-1 unbounded), else -1. */
  private final int[] reach;

  /** Per branch placed by a lookbehind: how far before a match its literal may start, else -1. */
  private final int[] behind;

  private final BitSet alwaysTriedBranches = new BitSet();
  private final BitSet alwaysTried = new BitSet();
  private final int farthestBehind;
  private final KeywordAutomaton trie;

  /** What each keyword of {@link #trie} admits, by keyword index. */
  private final Admits[] admitsOf;

  private final List<Map<BitSet, Pattern>> subsets = new ArrayList<>();

  public LiteralPrefilter(List<BranchedPattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.firstBranch = new int[patterns.size() + 1];
    int branches = 0;
    for (int i = 0; i < patterns.size(); i++) {
      firstBranch[i] = branches;
      branches += patterns.get(i).branches().size();
    }
    firstBranch[patterns.size()] = branches;
    this.patternOf = new int[branches];
    this.reach = new int[branches];
    this.behind = new int[branches];
    Arrays.fill(behind, -1);
    Map<String, BitSet> inMatch = new LinkedHashMap<>();
    Map<String, BitSet> beforeMatch = new LinkedHashMap<>();
    int farthest = 0;
    for (int i = 0; i < patterns.size(); i++) {
      subsets.add(new ConcurrentHashMap<>());
      Set<String> all = new HashSet<>();
      for (int b = firstBranch[i]; b < firstBranch[i + 1]; b++) {
        patternOf[b] = i;
        Pattern branch =
            patterns.get(i).branches().size() == 1
                ? patterns.get(i).whole()
                : patterns.get(i).branch(b - firstBranch[i]);
        Optional<RequiredLiterals.Required> required =
            RequiredLiterals.required(branch)
                .filter(r -> RequiredLiterals.shortest(r.literals()) >= MIN_LITERAL);
        Optional<RequiredLiterals.Behind> before =
            RequiredLiterals.behind(branch)
                .filter(r -> RequiredLiterals.shortest(r.literals()) >= MIN_LITERAL);
        reach[b] = required.map(RequiredLiterals.Required::reach).orElse(-1);
        if (required.isPresent() && (reach[b] >= 0 || before.isEmpty())) {
          for (String literal : required.get().literals()) {
            inMatch.computeIfAbsent(literal, k -> new BitSet()).set(b);
          }
          all.addAll(required.get().literals());
        } else if (before.isPresent()) {
          behind[b] = before.get().longest();
          farthest = Math.max(farthest, behind[b]);
          for (String literal : before.get().literals()) {
            beforeMatch.computeIfAbsent(literal, k -> new BitSet()).set(b);
          }
          all.addAll(before.get().literals());
        } else {
          alwaysTriedBranches.set(b);
          alwaysTried.set(i);
        }
      }
      literals.add(alwaysTried.get(i) ? Optional.empty() : Optional.of(Set.copyOf(all)));
    }
    this.farthestBehind = farthest;
    Set<String> keywords = new HashSet<>(inMatch.keySet());
    keywords.addAll(beforeMatch.keySet());
    List<String> sortedKeywords = keywords.stream().sorted().toList();
    this.admitsOf =
        sortedKeywords.stream()
            .map(
                literal ->
                    new Admits(
                        inMatch.getOrDefault(literal, new BitSet()).stream().toArray(),
                        beforeMatch.getOrDefault(literal, new BitSet()).stream().toArray()))
            .toArray(Admits[]::new);
    this.trie = keywords.isEmpty() ? null : new KeywordAutomaton(sortedKeywords);
  }

  /** The branches a literal is looked for by: inside their matches, or before them. */
  private record Admits(int[] inMatch, int[] beforeMatch) {}

  /** Pattern {@code index}, as given. */
  public Pattern pattern(int index) {
    return patterns.get(index).whole();
  }

  /** Pattern {@code index} with its branches. */
  public BranchedPattern branched(int index) {
    return patterns.get(index);
  }

  /**
   * The literals pattern {@code index} is looked for by (in or before its matches), or empty when
   * one of its branches is always tried.
   */
  public Optional<Set<String>> literals(int index) {
    return literals.get(index);
  }

  /** Whether branch {@code branch} of pattern {@code index} is tried everywhere. */
  public boolean alwaysTried(int index, int branch) {
    return alwaysTriedBranches.get(firstBranch[index] + branch);
  }

  /** Where the literals occur in {@code text}: one pass, however many patterns. */
  public Hits scan(CharSequence text) {
    List<Found> found = new ArrayList<>();
    if (trie != null) {
      trie.scan(text, (keyword, start, end) -> found.add(new Found(start, end, admitsOf[keyword])));
    }
    WorkCount.add(text.length() + found.size());
    return new Hits(text, found);
  }

  private record Found(int start, int end, Admits admits) {}

  /** The literal hits of one text, and for each the branches its literal admits. */
  public final class Hits {
    private final CharSequence text;
    private final int[] starts;
    private final int[] ends;
    private final Admits[] admitted;

    /**
     * Per pattern, the indexes of the hits whose literal admits one of its branches, ascending;
     * built on first use, in one pass: {@link #matches} then reads only its own pattern's hits
     * instead of every hit of the stretch (the anaphora are matched over the whole article, each of
     * them passing every hit of it).
     */
    private int[][] hitsOfPattern;

    private Hits(CharSequence text, List<Found> found) {
      this.text = text;
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
      starts = new int[found.size()];
      ends = new int[found.size()];
      admitted = new Admits[found.size()];
      for (int i = 0; i < found.size(); i++) {
        starts[i] = found.get(i).start();
        ends[i] = found.get(i).end();
        admitted[i] = found.get(i).admits();
      }
    }

    /**
     * The patterns that may match inside {@code [from, to)}: a branch's literal places it there.
     */
    public BitSet candidates(int from, int to) {
      BitSet out = (BitSet) alwaysTried.clone();
      for (int i = firstStartingAt(from - farthestBehind);
          i < starts.length && starts[i] < to;
          i++) {
        WorkCount.add(1);
        if (starts[i] >= from && ends[i] <= to) {
          for (int b : admitted[i].inMatch()) {
            out.set(patternOf[b]);
          }
        }
        for (int b : admitted[i].beforeMatch()) {
          if (placesBehind(i, b, from, to)) {
            out.set(patternOf[b]);
          }
        }
      }
      return out;
    }

    /** A lookbehind literal hit {@code i} of branch {@code b} lets a match start in the stretch. */
    private boolean placesBehind(int i, int b, int from, int to) {
      return starts[i] >= from - behind[b] && ends[i] < to;
    }

    /**
     * Every match of pattern {@code index} inside {@code [from, to)}, as a {@link Matcher} over the
     * whole text with that region, transparent and non-anchoring bounds would find them one after
     * the other with {@code find()}. Only the branches whose literals place them in the stretch are
     * tried (a match is that of the first branch in order that matches at its start, and the others
     * cannot match there), and only at the positions where a match can start: at most a branch's
     * reach before one of its literals, or right after a lookbehind literal. When a branch tried is
     * always tried, or its reach is not bounded, the pattern of the branches tried is searched with
     * {@code find()} over the region.
     */
    public List<MatchResult> matches(int index, int from, int to) {
      int first = firstBranch[index];
      BitSet kept = new BitSet();
      for (int b = alwaysTriedBranches.nextSetBit(first);
          b >= 0 && b < firstBranch[index + 1];
          b = alwaysTriedBranches.nextSetBit(b + 1)) {
        kept.set(b - first);
      }
      boolean everywhere = !kept.isEmpty();
      List<int[]> windows = new ArrayList<>();
      int[] own = hitsOf(index);
      for (int k = firstStartingAt(own, from - farthestBehind);
          k < own.length && starts[own[k]] < to;
          k++) {
        int i = own[k];
        if (starts[i] >= from && ends[i] <= to) {
          for (int b : admitted[i].inMatch()) {
            if (patternOf[b] == index) {
              kept.set(b - first);
              if (reach[b] < 0) {
                everywhere = true;
              } else {
                windows.add(new int[] {Math.max(from, starts[i] - reach[b]), starts[i]});
              }
            }
          }
        }
        for (int b : admitted[i].beforeMatch()) {
          if (patternOf[b] == index && placesBehind(i, b, from, to)) {
            kept.set(b - first);
            windows.add(
                new int[] {Math.max(from, ends[i]), Math.min(to - 1, starts[i] + behind[b])});
          }
        }
      }
      List<MatchResult> out = new ArrayList<>();
      if (kept.isEmpty()) {
        return out;
      }
      Matcher m = subset(index, kept).matcher(text);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      if (everywhere) {
        WorkCount.add(Math.max(0, to - from));
        m.region(from, Math.max(from, to));
        while (m.find()) {
          out.add(m.toMatchResult());
        }
        return out;
      }
      // find() tries every start from where the last match ended; only the windows' can match.
      windows.sort((a, b) -> Integer.compare(a[0], b[0]));
      int next = from;
      for (int[] window : windows) {
        for (int start = Math.max(window[0], next); start <= window[1]; start++) {
          WorkCount.add(1);
          m.region(start, to);
          if (m.lookingAt()) {
            out.add(new AnchoredMatch(m.toMatchResult(), start, text));
            next = m.end() == start ? start + 1 : m.end();
            start = next - 1;
          } else {
            next = start + 1;
          }
        }
      }
      return out;
    }

    private int[] hitsOf(int pattern) {
      if (hitsOfPattern == null) {
        int[] counts = new int[patterns.size()];
        int[] lastHit = new int[patterns.size()];
        Arrays.fill(lastHit, -1);
        forEachPatternOfHit((i, p) -> counts[p]++, lastHit);
        hitsOfPattern = new int[patterns.size()][];
        for (int p = 0; p < counts.length; p++) {
          hitsOfPattern[p] = new int[counts[p]];
        }
        int[] filled = new int[patterns.size()];
        Arrays.fill(lastHit, -1);
        forEachPatternOfHit((i, p) -> hitsOfPattern[p][filled[p]++] = i, lastHit);
      }
      return hitsOfPattern[pattern];
    }

    private interface HitOfPattern {
      void accept(int hit, int pattern);
    }

    /**
     * Each hit and each pattern one of its branches is admitted by, once per pair, hits in order.
     */
    private void forEachPatternOfHit(HitOfPattern pair, int[] lastHit) {
      for (int i = 0; i < starts.length; i++) {
        for (int[] branches : List.of(admitted[i].inMatch(), admitted[i].beforeMatch())) {
          for (int b : branches) {
            int p = patternOf[b];
            if (lastHit[p] != i) {
              lastHit[p] = i;
              pair.accept(i, p);
            }
          }
        }
      }
    }

    /** The first of {@code hits} (indexes, ascending) that starts at or after {@code position}. */
    private int firstStartingAt(int[] hits, int position) {
      int low = 0;
      int high = hits.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (starts[hits[mid]] < position) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
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

  /**
   * A match {@code lookingAt} found at {@code start}. The matcher's own start is not to be trusted:
   * a {@code ^} inside a lookbehind that holds at the text's start sets it to 0 (the JDK's {@code
   * Pattern.Begin} records where it matched as the match's first index), which {@code find()}
   * overwrites and {@code lookingAt()} does not.
   */
  private record AnchoredMatch(MatchResult result, int start, CharSequence text)
      implements MatchResult {
    @Override
    public int start() {
      return start;
    }

    @Override
    public int start(int group) {
      return group == 0 ? start : result.start(group);
    }

    @Override
    public int end() {
      return result.end();
    }

    @Override
    public int end(int group) {
      return result.end(group);
    }

    @Override
    public String group() {
      return text.subSequence(start, result.end()).toString();
    }

    @Override
    public String group(int group) {
      return group == 0 ? group() : result.group(group);
    }

    @Override
    public int groupCount() {
      return result.groupCount();
    }
  }

  /** The pattern of the branches {@code kept} of pattern {@code index}, compiled once. */
  private Pattern subset(int index, BitSet kept) {
    BranchedPattern pattern = patterns.get(index);
    if (kept.cardinality() == pattern.branches().size()) {
      return pattern.whole();
    }
    return subsets.get(index).computeIfAbsent(kept, pattern::subset);
  }

  /** How many patterns the prefilter was built for. */
  public int size() {
    return patterns.size();
  }
}
