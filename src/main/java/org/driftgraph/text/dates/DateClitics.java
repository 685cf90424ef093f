package org.driftgraph.text.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The letters Arabic writes onto the front of a date word (the {@code clitics} of the date words),
 * normalized, each one letter. The date rules allow them in front and keep them out of the mention.
 *
 * @param conjunctions و ف: first
 * @param prepositions ب ل: after a conjunction, or alone
 * @param beforeDay the letters a day number may carry, at most one (و5 مارس، ب5 مارس)
 * @param monthPrepositions the prepositions that, attached to a month name, stand for a preposition
 *     word before it (بمارس as في مارس)
 */
record DateClitics(
    List<String> conjunctions,
    List<String> prepositions,
    List<String> beforeDay,
    List<String> monthPrepositions) {

  DateClitics {
    conjunctions = letters(conjunctions, "conjunctions");
    prepositions = letters(prepositions, "prepositions");
    beforeDay = letters(beforeDay, "beforeDay");
    monthPrepositions = letters(monthPrepositions, "monthPrepositions");
    for (String letter : beforeDay) {
      if (!conjunctions.contains(letter) && !prepositions.contains(letter)) {
        throw new IllegalArgumentException(
            "beforeDay '" + letter + "' is neither a conjunction nor a preposition");
      }
    }
    for (String letter : monthPrepositions) {
      if (!prepositions.contains(letter)) {
        throw new IllegalArgumentException(
            "monthPrepositions '" + letter + "' is not one of the prepositions");
      }
    }
  }

  private static List<String> letters(List<String> items, String field) {
    Objects.requireNonNull(items, field);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(field + " must list at least one letter");
    }
    for (String item : items) {
      if (item == null || item.length() != 1 || !Character.isLetter(item.charAt(0))) {
        throw new IllegalArgumentException(field + ": '" + item + "' is not one letter");
      }
    }
    return List.copyOf(items);
  }

  /** An optional conjunction, then an optional preposition: {@code (?:[وف]?[بل]?)}. */
  String regex() {
    return "(?:" + letterClass(conjunctions) + "?" + letterClass(prepositions) + "?)";
  }

  /** At most one of the letters a day number may carry: {@code [وبل]?}. */
  String dayRegex() {
    return letterClass(beforeDay) + "?";
  }

  /** The clitics read in front of a month name hold a preposition that counts as a preposition. */
  boolean holdMonthPreposition(String clitics) {
    return monthPrepositions.stream().anyMatch(clitics::contains);
  }

  private static String letterClass(List<String> letters) {
    List<String> distinct = new ArrayList<>();
    letters.forEach(
        l -> {
          if (!distinct.contains(l)) {
            distinct.add(l);
          }
        });
    return "[" + String.join("", distinct) + "]";
  }
}
