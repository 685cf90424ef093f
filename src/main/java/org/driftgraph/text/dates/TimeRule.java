package org.driftgraph.text.dates;

import static org.driftgraph.text.dates.Fragments.BEGIN;
import static org.driftgraph.text.dates.Fragments.NUMBER_BEGIN;
import static org.driftgraph.text.dates.Fragments.compile;
import static org.driftgraph.text.dates.Fragments.number;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.text.dates.DateExpression.ClockTime;

/**
 * Times of day: الساعة 1755 بتوقيت غرينيتش، 17:55 GMT، 5:55 p.m. GMT، 01:15 م، 1755 GMT.
 *
 * <p>Numbers are times only with evidence: 17:55 (two-digit hour and a colon) stands alone; 5:55
 * needs a cue (الساعة, a.m./p.m., a zone); four digits (1755) need الساعة or a zone; an hour alone
 * needs a.m./p.m. spelled out (5 p.m., الساعة 5 مساء), since a lone م is also "metres".
 */
final class TimeRule {
  private final DateWords words;
  private final Pattern time;

  TimeRule(DateWords words) {
    this.words = words;
    String zones = words.zones.regex();
    time =
        compile(
            BEGIN
                + NUMBER_BEGIN
                + "(?<x>(?:(?<cue>"
                + words.hourCues.regex()
                + ") )?"
                + "(?:(?<h>\\d{1,2}):(?<mi>\\d{2})(?::\\d{2})?|(?<hh>\\d{2})(?<mm>\\d{2})|(?<h1>\\d{1,2}))(?![\\p{N}])(?!:\\d)"
                + "(?: ?(?<ap>"
                + words.am.regex()
                + "|"
                + words.pm.regex()
                + ")(?![\\p{L}]))?"
                + "(?: ?(?:\\((?<zb>"
                + zones
                + ")\\)|(?<z>"
                + zones
                + "))(?![\\p{L}]))?)");
  }

  /** The patterns this class matches, for {@link RuleLiterals}. */
  List<Pattern> patterns() {
    return List.of(time);
  }

  /** The words the rule is tried around (its trigger): digits. */
  List<Pattern> triggers() {
    return List.of(Fragments.DIGIT);
  }

  void collect(Scan scan, List<Candidate> out) {
    scan.matches(time, Fragments.DIGIT, m -> time(m, out));
  }

  private void time(Matcher m, List<Candidate> out) {
    boolean cue = m.group("cue") != null;
    String meridiem = m.group("ap");
    String zonePhrase = m.group("z") != null ? m.group("z") : m.group("zb");
    int hour;
    int minute;
    if (m.group("h") != null) {
      hour = number(m, "h");
      minute = number(m, "mi");
      if (m.group("h").length() == 1 && !cue && meridiem == null && zonePhrase == null) {
        return;
      }
    } else if (m.group("hh") != null) {
      hour = number(m, "hh");
      minute = number(m, "mm");
      if (!cue && zonePhrase == null) {
        return;
      }
    } else {
      hour = number(m, "h1");
      minute = 0;
      if (meridiem == null || (meridiem.length() == 1 && !cue)) {
        return;
      }
    }
    if (meridiem != null) {
      if (hour < 1 || hour > 12) {
        return;
      }
      boolean pm = words.pm.contains(meridiem);
      hour = hour % 12 + (pm ? 12 : 0);
    }
    if (hour > 23 || minute > 59) {
      return;
    }
    String zone = zonePhrase == null ? "" : words.zones.meaning(zonePhrase).orElseThrow();
    out.add(new Candidate(m.start("x"), m.end("x"), new ClockTime(hour, minute, zone)));
  }
}
