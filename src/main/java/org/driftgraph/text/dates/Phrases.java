package org.driftgraph.text.dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.driftgraph.text.ArabicNormalization;

/**
 * Phrases of the date lexicon in the form they take in normalized text, and regular expressions
 * that match any of them.
 *
 * @param <V> what a phrase means
 */
final class Phrases<V> {
  private final Map<String, V> meanings = new LinkedHashMap<>();
  private final String source;

  Phrases(String source) {
    this.source = source;
  }

  /** The lookup form of a phrase: normalized, with "و ال" written "وال" as most writers do. */
  static String key(String phrase) {
    return ArabicNormalization.normalize(phrase.strip()).normalized().replace("و ال", "وال");
  }

  void add(String phrase, V meaning) {
    String key = key(phrase);
    if (key.isBlank()) {
      throw new IllegalArgumentException(source + ": a phrase is blank");
    }
    V earlier = meanings.putIfAbsent(key, meaning);
    if (earlier != null && !earlier.equals(meaning)) {
      throw new IllegalArgumentException(
          source + ": '" + phrase + "' has two meanings: " + earlier + " and " + meaning);
    }
  }

  Optional<V> meaning(String matched) {
    return Optional.ofNullable(meanings.get(key(matched)));
  }

  boolean contains(String matched) {
    return meanings.containsKey(key(matched));
  }

  Collection<String> keys() {
    return meanings.keySet();
  }

  /**
   * A regex that matches any of the phrases, longest first (تشرين الثاني before a shorter reading).
   */
  String regex() {
    return alternation(meanings.keySet());
  }

  /**
   * The phrases as a trie-shaped regex: a list of fifty month names tried one after another at
   * every position of an article is what makes a plain alternation slow. The conjunction و before
   * ال may stand apart (التاسع و العشرين).
   */
  static String alternation(Collection<String> keys) {
    Trie root = new Trie();
    for (String key : keys) {
      root.add(key);
    }
    return root.children.isEmpty() ? "(?!)" : "(?:" + root.regex() + ")";
  }

  private static final class Trie {
    private final Map<String, Trie> children = new TreeMap<>();
    private boolean terminal;

    void add(String key) {
      Trie node = this;
      for (int i = 0; i < key.length(); i++) {
        String atom = key.startsWith("وال", i) ? "و ?" : escape(key.charAt(i));
        node = node.children.computeIfAbsent(atom, a -> new Trie());
      }
      node.terminal = true;
    }

    String regex() {
      List<String> branches = new ArrayList<>();
      children.forEach((atom, child) -> branches.add(atom + child.regex()));
      if (branches.isEmpty()) {
        return "";
      }
      String joined = String.join("|", branches);
      if (terminal) {
        return "(?:" + joined + ")?";
      }
      return branches.size() == 1 ? joined : "(?:" + joined + ")";
    }

    private static String escape(char c) {
      return Character.isLetterOrDigit(c) || c == ' ' ? String.valueOf(c) : "\\" + c;
    }
  }
}
