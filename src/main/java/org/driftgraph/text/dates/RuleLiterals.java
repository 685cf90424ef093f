package org.driftgraph.text.dates;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.text.KeywordAutomaton;
import org.driftgraph.text.RequiredLiterals;
import org.driftgraph.text.WorkCount;

/**
 * Where each date rule can start a match, from the literals every match of it contains (derived
 * from the rule's pattern when the grammar is built, as for the triggers: {@link
 * RequiredLiterals}): one Aho-Corasick pass over a text finds them all, and a rule whose match must
 * hold a literal starting at most {@code reach} characters into it can start only in the {@code
 * reach} characters up to one of its literals. A rule without such a literal (none of two
 * characters or more, or no bound on how far into the match it lies) can start anywhere.
 */
final class RuleLiterals {
  /** A single letter or digit is found everywhere and would only cost hits. */
  private static final int MIN_LITERAL = 2;

  private final Map<Pattern, Integer> indexOf = new IdentityHashMap<>();
  private final int[] reach;
  private final KeywordAutomaton trie;

  /** The rules each keyword of {@link #trie} places, by keyword index. */
  private final int[][] rulesOfKeyword;

  RuleLiterals(List<Pattern> rules) {
    reach = new int[rules.size()];
    Map<String, List<Integer>> rulesOf = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      indexOf.put(rules.get(i), i);
      Optional<RequiredLiterals.Required> required =
          RequiredLiterals.required(rules.get(i))
              .filter(r -> r.reach() >= 0)
              .filter(r -> r.literals().stream().allMatch(l -> l.length() >= MIN_LITERAL));
      reach[i] = required.map(RequiredLiterals.Required::reach).orElse(-1);
      for (String literal : required.map(RequiredLiterals.Required::literals).orElse(Set.of())) {
        rulesOf.computeIfAbsent(literal, k -> new ArrayList<>()).add(i);
      }
    }
    // Sorted, so that the trie is built the same way on every run.
    List<String> keywords = rulesOf.keySet().stream().sorted().toList();
    rulesOfKeyword =
        keywords.stream()
            .map(literal -> rulesOf.get(literal).stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
    trie = rulesOf.isEmpty() ? null : new KeywordAutomaton(keywords);
  }

  /** Whether {@code rule} is placed by its literals (else it is tried wherever its trigger is). */
  boolean placed(Pattern rule) {
    Integer i = indexOf.get(rule);
    return i != null && reach[i] >= 0;
  }

  /** Where each placed rule of {@code text} can start a match. */
  Starts starts(String text) {
    BitSet[] starts = new BitSet[reach.length];
    for (int i = 0; i < reach.length; i++) {
      if (reach[i] >= 0) {
        starts[i] = new BitSet();
      }
    }
    if (trie != null) {
      trie.scan(
          text,
          (keyword, start, end) -> {
            for (int i : rulesOfKeyword[keyword]) {
              starts[i].set(Math.max(0, start - reach[i]), start + 1);
            }
          });
    }
    WorkCount.add(text.length());
    return new Starts(starts);
  }

  /** The possible starts of each rule in one text. */
  final class Starts {
    private final BitSet[] starts;

    private Starts(BitSet[] starts) {
      this.starts = starts;
    }

    /**
     * The first position at or after {@code from} where {@code rule} can start a match, -1 when
     * there is none; {@code from} itself for a rule not placed by literals.
     */
    boolean placed(Pattern rule) {
      return RuleLiterals.this.placed(rule);
    }

    int next(Pattern rule, int from) {
      Integer i = indexOf.get(rule);
      return i == null || starts[i] == null ? from : starts[i].nextSetBit(from);
    }
  }
}
