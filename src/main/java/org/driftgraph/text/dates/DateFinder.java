package org.driftgraph.text.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.text.NormalizedText;
import org.driftgraph.text.Sentence;
import org.driftgraph.text.SentenceSplitter;
import org.driftgraph.text.WorkCount;
import org.driftgraph.text.dates.DateExpression.ClockTime;
import org.driftgraph.text.dates.DateResolver.Resolved;

/**
 * Finds the dates and times an Arabic or English article writes and resolves them to ISO dates.
 *
 * <p>The article is read in order. Absolute dates stand on their own; a date without a year, a
 * relative phrase or a weekday is resolved against the published date and the latest date written
 * before it to at least a season (see {@link Anchors}), and skipped when neither is known. A range
 * of years (في عامي 2015 و2016، between 2018 and 2019) is one mention dated by its first year: what
 * it states began then. A time of day joins the nearest full date in its sentence, else the latest
 * one written before it, else the published day; it is reported as a mention of its own with the
 * full date and time, beside that date.
 *
 * <p>Precision is what the text gives: a season is its first month at SEASON precision (spring 03,
 * summer 06, autumn 09, winter 12); a span of days (21 و24 نوفمبر) is its month; "last week" and
 * "next week" cannot be pinned to a day and are the month of the anchor -/+ 7 days, while "a week
 * earlier" and "قبل أسبوع" are exact days; 03/04/2019 in English is its year only.
 *
 * <p>The words (month names of both Arabic systems, ordinal days, weekdays, seasons, relative
 * phrases, time zones) are in {@code /text/dates/date-words.json}.
 */
public final class DateFinder {
  private static final DateGrammar STANDARD = new DateGrammar(DateWords.standard());

  private final DateGrammar grammar;
  private final DateResolver resolver = new DateResolver();
  private final SentenceSplitter splitter = new SentenceSplitter();

  public DateFinder() {
    this.grammar = STANDARD;
  }

  /** A placed resolution: normalized span and what it resolved to. */
  private record Placed(Candidate candidate, Resolved resolved) {}

  /**
   * The dates in {@code text}, sorted by start and not overlapping.
   *
   * @param language "ar", "en" or another code; Arabic reads 03/04/2019 day first
   * @param publishedIso the article's published date (2019, 2019-11, 2019-11-30) or null
   * @throws IllegalArgumentException when {@code publishedIso} is not an ISO date
   */
  public List<DateMention> find(String text, String language, String publishedIso) {
    Objects.requireNonNull(text, "text");
    Anchors anchors = new Anchors(publishedIso);
    WorkCount.add(text.length());
    Scan scan = grammar.scan(text, language);
    List<Placed> dates = new ArrayList<>();
    List<Candidate> times = new ArrayList<>();
    for (Candidate candidate : grammar.read(scan)) {
      if (candidate.expression() instanceof ClockTime) {
        times.add(candidate);
        continue;
      }
      resolver
          .resolve(candidate.expression(), anchors)
          .ifPresent(
              resolved -> {
                dates.add(new Placed(candidate, resolved));
                anchors.wrote(firstDay(resolved), resolved.precision());
              });
    }
    List<Placed> placed = new ArrayList<>(dates);
    if (!times.isEmpty()) {
      List<Sentence> sentences = splitter.split(scan.mapping().normalized(), language);
      for (Candidate time : times) {
        dayFor(time, dates, sentences, anchors)
            .ifPresent(
                day ->
                    placed.add(
                        new Placed(
                            time, DateResolver.at(day.day(), (ClockTime) time.expression()))));
      }
    }
    placed.sort(Comparator.comparingInt(p -> p.candidate().start()));
    return placed.stream().map(p -> mention(scan.mapping(), p)).toList();
  }

  /** The day a resolution starts on: its day, else the first of its month or year. */
  private static LocalDate firstDay(Resolved resolved) {
    if (resolved.day() != null) {
      return resolved.day();
    }
    String iso = resolved.iso();
    return LocalDate.parse(iso.length() == 4 ? iso + "-01-01" : iso.substring(0, 7) + "-01");
  }

  /** The day a time is on: see the class comment. */
  private static Optional<Resolved> dayFor(
      Candidate time, List<Placed> dates, List<Sentence> sentences, Anchors anchors) {
    Optional<Sentence> sentence =
        sentences.stream()
            .filter(s -> s.start() <= time.start() && time.start() < s.end())
            .findFirst();
    List<Placed> days = dates.stream().filter(p -> p.resolved().day() != null).toList();
    Optional<Placed> sameSentence =
        days.stream()
            .filter(
                p ->
                    sentence.isPresent()
                        && p.candidate().start() >= sentence.get().start()
                        && p.candidate().end() <= sentence.get().end())
            .min(Comparator.comparingInt(p -> distance(p.candidate(), time)));
    Optional<Placed> earlier =
        days.stream()
            .filter(p -> p.candidate().end() <= time.start())
            .reduce((first, second) -> second);
    Optional<Resolved> published =
        anchors
            .published()
            .filter(anchor -> anchor.covers(DatePrecision.DAY))
            .map(
                anchor -> new Resolved(anchor.date().toString(), DatePrecision.DAY, anchor.date()));
    return sameSentence.or(() -> earlier).map(Placed::resolved).or(() -> published);
  }

  private static int distance(Candidate a, Candidate b) {
    return a.end() <= b.start() ? b.start() - a.end() : a.start() - b.end();
  }

  private static DateMention mention(NormalizedText text, Placed placed) {
    int start = text.originalStart(placed.candidate().start());
    int end = text.originalEnd(placed.candidate().end());
    Resolved resolved = placed.resolved();
    return new DateMention(
        start, end, text.original().substring(start, end), resolved.iso(), resolved.precision());
  }
}
