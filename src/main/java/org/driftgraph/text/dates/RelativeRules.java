package org.driftgraph.text.dates;

import static org.driftgraph.text.dates.Fragments.BEGIN;
import static org.driftgraph.text.dates.Fragments.END;
import static org.driftgraph.text.dates.Fragments.compile;

import java.time.DayOfWeek;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.text.dates.CalendarRules.Directed;
import org.driftgraph.text.dates.DateExpression.Shift;
import org.driftgraph.text.dates.DateExpression.Weekday;
import org.driftgraph.text.dates.DateExpression.Written;
import org.driftgraph.text.dates.DateWords.CountedUnit;
import org.driftgraph.text.dates.DateWords.Counting;

/**
 * Dates that need an anchor: fixed phrases (أمس، في اليوم التالي، last week), a year named relative
 * to the time of writing (العام الماضي), counted phrases (بعد يومين، قبل 3 أيام, two days later, a
 * week earlier) and weekdays (الجمعة الماضي، يوم السبت، last Friday, on Friday).
 */
final class RelativeRules {
  private final DateWords words;
  private final Pattern fixed;
  private final Pattern leading;
  private final Pattern trailing;
  private final Pattern weekday;
  private final Pattern fixedPhrase;
  private final Pattern unitWord;
  private final Pattern weekdayName;

  RelativeRules(DateWords words, Fragments f) {
    this.words = words;
    fixedPhrase = f.trigger(words.relative, words.relativeYears);
    unitWord = f.trigger(words.units);
    weekdayName = f.trigger(words.weekdays);
    fixed =
        compile(
            BEGIN
                + f.clitics
                + "(?<x>(?<p>"
                + words.relative.regex()
                + ")|(?<ry>"
                + words.relativeYears.regex()
                + "))"
                + END);
    String count = "(?<num>\\d{1,2}|" + words.numbers.regex() + ")";
    String unit = "(?<unit>" + words.units.regex() + ")";
    leading =
        compile(
            BEGIN
                + f.clitics
                + "(?<x>(?<lead>"
                + words.leads.regex()
                + ") (?:"
                + count
                + " )?"
                + unit
                + "(?: واحد)?)"
                + END
                + "(?! ?\\d)");
    trailing =
        compile(
            BEGIN
                + "(?<x>"
                + count
                + " "
                + unit
                + " (?<trail>"
                + words.trails.regex()
                + "))"
                + END);
    weekday =
        compile(
            BEGIN
                + f.clitics
                + "(?<x>(?:(?<yom>يوم|يومي) )?(?:(?<d1>"
                + f.directions
                + ") )?(?<wd>"
                + words.weekdays.regex()
                + ")(?: (?<d2>"
                + f.directions
                + "))?)"
                + END);
  }

  /** The patterns this class matches, for {@link RuleLiterals}. */
  List<Pattern> patterns() {
    return List.of(fixed, leading, trailing, weekday);
  }

  /** The words each rule is tried around (its trigger). */
  List<Pattern> triggers() {
    return List.of(fixedPhrase, unitWord, weekdayName);
  }

  void collect(Scan scan, List<Candidate> out) {
    scan.matches(fixed, fixedPhrase, m -> fixed(scan, m, out));
    scan.matches(
        leading,
        unitWord,
        m -> counted(scan, m, words.leads.meaning(m.group("lead")).orElseThrow(), out));
    scan.matches(
        trailing,
        unitWord,
        m -> counted(scan, m, words.trails.meaning(m.group("trail")).orElseThrow(), out));
    scan.matches(weekday, weekdayName, m -> weekday(scan, m, out));
  }

  /**
   * A fixed phrase; one ending in a preposition (the day after) may count from an event instead.
   */
  private void fixed(Scan scan, Matcher m, List<Candidate> out) {
    String phrase = m.group("x");
    String lastWord = phrase.substring(phrase.lastIndexOf(' ') + 1);
    boolean preposition =
        words.leads.contains(lastWord)
            || words.trails.meaning(lastWord).map(Counting::preposition).orElse(false);
    if (preposition && words.eventWords.contains(scan.wordAfter(m.end("x")))) {
      return;
    }
    DateExpression expression =
        m.group("p") != null
            ? words.relative.meaning(m.group("p")).orElseThrow()
            : new Written(
                null,
                words.relativeYears.meaning(m.group("ry")).orElseThrow(),
                null,
                null,
                DatePrecision.YEAR,
                null,
                null);
    out.add(new Candidate(m.start("x"), m.end("x"), expression));
  }

  /**
   * An Arabic singular or dual unit carries its count (بعد يوم، بعد يومين); a plural needs a number
   * (بعد ثلاثة أيام); a number before a dual is not a count. A count from a named event (بعد أسبوع
   * من الهجوم، two days before the attack) has no date to count from and is skipped.
   */
  private void counted(Scan scan, Matcher m, Counting counting, List<Candidate> out) {
    if (counting.preposition() && words.eventWords.contains(scan.wordAfter(m.end("x")))) {
      return;
    }
    CountedUnit unit = words.units.meaning(m.group("unit")).orElseThrow();
    String written = m.group("num");
    int count;
    if (written == null) {
      count = unit.count();
    } else if (unit.count() == 2) {
      return;
    } else {
      count =
          Character.isDigit(written.charAt(0))
              ? Integer.parseInt(written)
              : words.numbers.meaning(written).orElseThrow();
    }
    if (count == 0) {
      return;
    }
    DatePrecision precision =
        switch (unit.unit()) {
          case DAY, WEEK -> DatePrecision.DAY;
          case MONTH -> DatePrecision.MONTH;
          case YEAR -> DatePrecision.YEAR;
        };
    Shift shift = new Shift(unit.unit(), counting.sign() * count, counting.origin(), precision);
    out.add(new Candidate(m.start("x"), m.end("x"), shift));
  }

  /**
   * English weekday names need a capital; Arabic ones are also ordinary words (الجمعة، الاثنين) and
   * need a cue: يوم before them, a direction word, or a cue word or another weekday just before.
   */
  private void weekday(Scan scan, Matcher m, List<Candidate> out) {
    String name = m.group("wd");
    DayOfWeek day = words.weekdays.meaning(name).orElseThrow();
    Directed directed = Directed.read(words, m, "wd");
    if (Scan.isLatin(name)) {
      if (!scan.capitalisedIfLatin(m.start("wd"))) {
        return;
      }
    } else {
      String before = scan.wordBefore(m.start());
      boolean cued =
          m.group("yom") != null
              || directed.direction() != null
              || words.weekdayCues.contains(before)
              || words.weekdays.contains(before);
      if (!cued) {
        return;
      }
    }
    out.add(directed.candidate(new Weekday(day, directed.direction())));
  }
}
