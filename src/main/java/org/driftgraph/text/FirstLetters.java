package org.driftgraph.text;

import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A lookahead on the first characters of a word list, to put before a pattern that searches a whole
 * text for one of the words: {@code find()} tries the pattern at every character, and the regex
 * engine tries every word of an alternation there in turn; the lookahead turns away the positions
 * no word starts at with one character test. It matches where the pattern could, so no match
 * changes.
 */
public final class FirstLetters {
  private FirstLetters() {}

  /**
   * {@code (?=[...])} over the first character of every word and of {@code more} (characters that
   * may also start a match, such as optional proclitics), as written (no case folding).
   */
  public static String lookahead(Collection<String> words, String more) {
    TreeSet<Character> first = new TreeSet<>();
    for (String word : words) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("an empty word starts with any character");
      }
      first.add(word.charAt(0));
    }
    more.chars().forEach(c -> first.add((char) c));
    return first.stream()
        .map(c -> String.format("\\x{%x}", (int) c))
        .collect(Collectors.joining("", "(?=[", "])"));
  }
}
