package org.driftgraph.text.dates;

import static org.driftgraph.text.dates.Fragments.BEGIN;
import static org.driftgraph.text.dates.Fragments.END;
import static org.driftgraph.text.dates.Fragments.FOUR_DIGITS;
import static org.driftgraph.text.dates.Fragments.NUMBER_END;
import static org.driftgraph.text.dates.Fragments.compile;
import static org.driftgraph.text.dates.Fragments.number;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.text.dates.CalendarRules.Directed;
import org.driftgraph.text.dates.DateExpression.Written;

/**
 * Years and seasons: عام 2016، في 2017، since 2015، 2015 و2017، خريف 2017، spring of 2018، الصيف
 * الماضي، last fall.
 *
 * <p>A range of years (عامي 2015 و2016، between 2018 and 2019) is one mention of its first year.
 *
 * <p>A bare four-digit number is a year only with a cue: a year noun before it (عام، year), which
 * the mention keeps, or a preposition (في، منذ، in, since), which it does not; and never when a
 * counted noun follows (في 2000 حساب، in 2000 accounts).
 */
final class YearRules {
  private final DateWords words;
  private final Pattern year;
  private final Pattern seasonYear;
  private final Pattern seasonDirected;
  private final Pattern seasonName;

  YearRules(DateWords words, Fragments f) {
    this.words = words;
    seasonName = f.trigger(words.seasons);
    String number = "\\d{4}(?:م)?" + END + NUMBER_END;
    year =
        compile(
            BEGIN
                + f.clitics
                + "(?:(?<prep>"
                + words.yearPrepositions.regex()
                + ") )?"
                + "(?<x>(?:(?<noun>"
                + words.yearNouns.regex()
                + ") )?(?<y>"
                + number
                + "))"
                + "(?:(?: ?(?:"
                + f.links
                + ") ?| )(?<y2>"
                + number
                + "))?");
    String seasons = words.seasons.regex();
    seasonYear =
        compile(
            BEGIN
                + f.clitics
                + "(?<x>(?<the>the )?(?<s>"
                + seasons
                + ") (?<of>(?:من|of) )?"
                + "(?:"
                + words.yearNouns.regex()
                + " )?"
                + f.yearSlot
                + ")");
    seasonDirected =
        compile(
            BEGIN
                + f.clitics
                + "(?<x>(?:(?<d1>"
                + f.directions
                + ") )?(?<s>"
                + seasons
                + ")"
                + "(?: (?<d2>"
                + f.directions
                + "))?)"
                + END);
  }

  /** The patterns this class matches, for {@link RuleLiterals}. */
  List<Pattern> patterns() {
    return List.of(year, seasonYear, seasonDirected);
  }

  /** The words each rule is tried around (its trigger): digits and season names. */
  List<Pattern> triggers() {
    return List.of(FOUR_DIGITS, seasonName);
  }

  void collect(Scan scan, List<Candidate> out) {
    scan.matches(year, FOUR_DIGITS, m -> year(scan, m, out));
    scan.matches(seasonYear, seasonName, m -> seasonYear(m, out));
    scan.matches(seasonDirected, seasonName, m -> seasonDirected(m, out));
  }

  private void year(Scan scan, Matcher m, List<Candidate> out) {
    if (m.group("prep") == null && m.group("noun") == null) {
      return;
    }
    int first = yearValue(m.group("y"));
    String second = m.group("y2");
    int last = second == null ? first : yearValue(second);
    int end = second == null ? m.end("y") : m.end("y2");
    boolean range = second != null && last > first;
    if (!CalendarRules.plausibleYear(first)
        || words.notAfterYear.contains(scan.wordAfter(range ? end : m.end("y")))) {
      return;
    }
    int mentionEnd = range && CalendarRules.plausibleYear(last) ? m.end("y2") : m.end("x");
    out.add(
        new Candidate(m.start("x"), mentionEnd, Written.of(first, null, null, DatePrecision.YEAR)));
  }

  /** خريف 2017، spring of 2018، the fall of last year; "fall next year" alone is the verb. */
  private void seasonYear(Matcher m, List<Candidate> out) {
    boolean framed = m.group("the") != null || m.group("of") != null;
    if (m.group("ry") != null && !framed && words.seasonsAlsoVerbs.contains(m.group("s"))) {
      return;
    }
    int month = words.seasons.meaning(m.group("s")).orElseThrow();
    Written season;
    if (m.group("y") != null) {
      int year = number(m, "y");
      if (!CalendarRules.plausibleYear(year)) {
        return;
      }
      season = new Written(year, null, month, null, DatePrecision.SEASON, null, null);
    } else {
      int shift = words.relativeYears.meaning(m.group("ry")).orElseThrow();
      season = new Written(null, shift, month, null, DatePrecision.SEASON, null, null);
    }
    out.add(new Candidate(m.start("x"), m.end("x"), season));
  }

  /** A season with a direction word and no year: الصيف الماضي، last fall, this summer. */
  private void seasonDirected(Matcher m, List<Candidate> out) {
    Directed directed = Directed.read(words, m, "s");
    if (directed.direction() != null) {
      int month = words.seasons.meaning(m.group("s")).orElseThrow();
      out.add(
          directed.candidate(
              new Written(
                  null, null, month, null, DatePrecision.SEASON, directed.direction(), null)));
    }
  }

  private static int yearValue(String written) {
    return Integer.parseInt(written.substring(0, 4));
  }
}
