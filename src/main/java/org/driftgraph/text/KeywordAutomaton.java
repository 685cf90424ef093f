package org.driftgraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a set of keywords in a text in one pass (Aho-Corasick over UTF-16
 * characters), overlapping occurrences included.
 *
 * <p>It reports what the {@code org.ahocorasick} tries with their default settings report, in the
 * same order (by end position, then by keyword in {@link String#compareTo} order), and ignores
 * empty keywords as they do. It exists because those tries keep each state's transitions in a map
 * of boxed characters: the gazetteer matcher and the literal prefilters run them over every
 * article, and the map lookups were a tenth of extraction's time. Here every transition lives in
 * one open-addressing table keyed by state and character.
 */
public final class KeywordAutomaton {
  /** Receives the occurrences: keyword index (in the list given), start, and end (exclusive). */
  @FunctionalInterface
  public interface Occurrences {
    void found(int keyword, int start, int end);
  }

  private static final int[] NONE = new int[0];

  /**
   * The start state's transitions are kept in a plain array for the characters below this (Latin,
   * Arabic and their punctuation): nearly every failure walk ends at the start state.
   */
  private static final int ROOT_TABLE = 0x800;

  private final int[] keywordLength;
  private final int[] failure;

  /** The keywords each state ends, its own and its failure states', in keyword order. */
  private final int[][] ending;

  private final long[] transitionKeys;
  private final int[] transitionTargets;
  private final int mask;

  /** The start state's transitions for the characters below {@link #ROOT_TABLE}, -1 for none. */
  private final int[] rootTargets = new int[ROOT_TABLE];

  /**
   * The characters some keyword holds, one bit each: any other character leads every state back to
   * the start state, which ends no keyword, without a walk along the failure states.
   */
  private final long[] alphabet = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

  /** An automaton of {@code keywords}; an empty keyword is never found. */
  public KeywordAutomaton(List<String> keywords) {
    keywordLength = new int[keywords.size()];
    List<int[]> children = new ArrayList<>(); // per state: pairs of character and target
    List<int[]> own = new ArrayList<>();
    children.add(NONE);
    own.add(NONE);
    TransitionTable building = new TransitionTable(keywords.size() * 8 + 16);
    for (int k = 0; k < keywords.size(); k++) {
      String keyword = keywords.get(k);
      keywordLength[k] = keyword.length();
      if (keyword.isEmpty()) {
        continue;
      }
      int state = 0;
      for (int i = 0; i < keyword.length(); i++) {
        char c = keyword.charAt(i);
        alphabet[c >>> 6] |= 1L << c;
        int next = building.get(state, c);
        if (next < 0) {
          next = children.size();
          children.add(NONE);
          own.add(NONE);
          building.put(state, c, next);
          int[] pairs = children.get(state);
          int[] grown = Arrays.copyOf(pairs, pairs.length + 2);
          grown[pairs.length] = c;
          grown[pairs.length + 1] = next;
          children.set(state, grown);
        }
        state = next;
      }
      int[] ends = own.get(state);
      if (Arrays.stream(ends).noneMatch(e -> keywords.get(e).equals(keyword))) {
        int[] grown = Arrays.copyOf(ends, ends.length + 1);
        grown[ends.length] = k;
        own.set(state, grown);
      }
    }
    int states = children.size();
    failure = new int[states];
    ending = new int[states][];
    ending[0] = own.get(0);
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    queue[tail++] = 0;
    while (head < tail) {
      int state = queue[head++];
      int[] pairs = children.get(state);
      for (int p = 0; p < pairs.length; p += 2) {
        char c = (char) pairs[p];
        int child = pairs[p + 1];
        int fallback = 0;
        if (state != 0) {
          int f = failure[state];
          while (f != 0 && building.get(f, c) < 0) {
            f = failure[f];
          }
          fallback = Math.max(building.get(f, c), 0);
        }
        failure[child] = fallback;
        ending[child] = merged(own.get(child), ending[fallback], keywords);
        queue[tail++] = child;
      }
    }
    transitionKeys = building.keys;
    transitionTargets = building.targets;
    mask = building.mask;
    for (char c = 0; c < ROOT_TABLE; c++) {
      rootTargets[c] = building.get(0, c);
    }
  }

  private static int[] merged(int[] own, int[] inherited, List<String> keywords) {
    if (own.length == 0) {
      return inherited;
    }
    Integer[] all = new Integer[own.length + inherited.length];
    int n = 0;
    for (int k : own) {
      all[n++] = k;
    }
    for (int k : inherited) {
      all[n++] = k;
    }
    Arrays.sort(all, (a, b) -> keywords.get(a).compareTo(keywords.get(b)));
    return Arrays.stream(all).mapToInt(Integer::intValue).toArray();
  }

  /** Reports every occurrence of a keyword in {@code text}. */
  public void scan(CharSequence text, Occurrences occurrences) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((alphabet[c >>> 6] & (1L << c)) == 0) {
        state = 0;
        continue;
      }
      int next = target(state, c);
      while (next < 0 && state != 0) {
        state = failure[state];
        next = target(state, c);
      }
      state = Math.max(next, 0);
      for (int k : ending[state]) {
        occurrences.found(k, i + 1 - keywordLength[k], i + 1);
      }
    }
  }

  private int target(int state, char c) {
    if (state == 0 && c < ROOT_TABLE) {
      return rootTargets[c];
    }
    long key = ((long) state << 16) | c;
    for (int slot = TransitionTable.slot(key, mask); ; slot = (slot + 1) & mask) {
      long at = transitionKeys[slot];
      if (at == key) {
        return transitionTargets[slot];
      }
      if (at == TransitionTable.EMPTY) {
        return -1;
      }
    }
  }

  /** Transitions (state, character) to state, open addressing with linear probing. */
  private static final class TransitionTable {
    static final long EMPTY = -1;
    long[] keys;
    int[] targets;
    int mask;
    int size;

    TransitionTable(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected) * 2);
      keys = new long[capacity];
      Arrays.fill(keys, EMPTY);
      targets = new int[capacity];
      mask = capacity - 1;
    }

    static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32) & mask;
    }

    int get(int state, char c) {
      long key = ((long) state << 16) | c;
      for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          return targets[slot];
        }
        if (keys[slot] == EMPTY) {
          return -1;
        }
      }
    }

    void put(int state, char c, int target) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      long key = ((long) state << 16) | c;
      int slot = slot(key, mask);
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      targets[slot] = target;
      size++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldTargets = targets;
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, EMPTY);
      targets = new int[oldKeys.length * 2];
      mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          int slot = slot(oldKeys[i], mask);
          while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          targets[slot] = oldTargets[i];
        }
      }
    }
  }
}
