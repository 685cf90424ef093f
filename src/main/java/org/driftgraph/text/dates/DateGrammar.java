package org.driftgraph.text.dates;

import static org.driftgraph.text.dates.Fragments.BEGIN;
import static org.driftgraph.text.dates.Fragments.END;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every rule that reads dates, and the choice among what they read: candidates wholly inside a
 * phrase that is not a date are dropped, then the longest of overlapping candidates wins (the
 * earlier one on a tie), so "السبت 30 نوفمبر 2019" is one date and not a weekday plus a date.
 */
final class DateGrammar {
  private static final Comparator<Candidate> LONGEST_FIRST =
      Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start);

  private final CalendarRules calendar;
  private final YearRules years;
  private final RelativeRules relative;
  private final TimeRule times;
  private final Pattern notDates;
  private final Pattern notDateTrigger;
  private final RuleLiterals literals;

  DateGrammar(DateWords words) {
    Fragments f = new Fragments(words);
    calendar = new CalendarRules(words, f);
    years = new YearRules(words, f);
    relative = new RelativeRules(words, f);
    times = new TimeRule(words);
    notDateTrigger = f.trigger(words.notDates);
    notDates = Pattern.compile(BEGIN + f.clitics + "(?<x>" + words.notDates.regex() + ")" + END);
    literals = new RuleLiterals(concat(rules(), triggers()));
  }

  /**
   * The trigger of every rule (the words a rule is tried around): their literals place them as the
   * rules' place the rules, so that finding a trigger in an article need not try the trigger's
   * pattern at every character.
   */
  List<Pattern> triggers() {
    return concat(
        calendar.triggers(),
        years.triggers(),
        relative.triggers(),
        times.triggers(),
        List.of(notDateTrigger));
  }

  @SafeVarargs
  private static List<Pattern> concat(List<Pattern>... lists) {
    return Stream.of(lists).flatMap(List::stream).toList();
  }

  /** The pattern of every rule. */
  List<Pattern> rules() {
    return concat(
        calendar.patterns(),
        years.patterns(),
        relative.patterns(),
        times.patterns(),
        List.of(notDates));
  }

  RuleLiterals literals() {
    return literals;
  }

  /** {@code original} prepared for the rules of this grammar. */
  Scan scan(String original, String language) {
    return new Scan(original, language, literals);
  }

  /** The candidates read in {@code scan}, none overlapping another, in text order. */
  List<Candidate> read(Scan scan) {
    List<Candidate> all = new ArrayList<>();
    calendar.collect(scan, all);
    years.collect(scan, all);
    relative.collect(scan, all);
    times.collect(scan, all);
    List<int[]> blocked = new ArrayList<>();
    scan.matches(notDates, notDateTrigger, m -> blocked.add(new int[] {m.start("x"), m.end("x")}));
    all.removeIf(
        candidate ->
            blocked.stream().anyMatch(b -> b[0] <= candidate.start() && candidate.end() <= b[1]));
    all.sort(LONGEST_FIRST);
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate candidate : all) {
      if (chosen.stream().noneMatch(candidate::overlaps)) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::start));
    return chosen;
  }
}
