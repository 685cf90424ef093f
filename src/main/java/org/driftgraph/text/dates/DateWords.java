package org.driftgraph.text.dates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.dates.DateExpression.Direction;
import org.driftgraph.text.dates.DateExpression.Origin;
import org.driftgraph.text.dates.DateExpression.Shift;
import org.driftgraph.text.dates.DateExpression.Unit;

/**
 * The words dates are written with, read from {@code /text/dates/date-words.json} so that an
 * analyst can add a spelling or a phrase without touching code. Keys starting with "_" are notes.
 */
final class DateWords {
  static final String RESOURCE = "/text/dates/date-words.json";
  static final String FORMAT = "driftgraph-date-words/1";

  /** A counting unit of a counted phrase; {@code count} 0 means a number must come before it. */
  record CountedUnit(Unit unit, int count) {}

  /**
   * What the word around a counted phrase does: its sign, where it counts from, and whether it is a
   * preposition that could take an event instead (بعد أسبوع من الهجوم).
   */
  record Counting(int sign, Origin origin, boolean preposition) {}

  final DateClitics clitics;
  final Phrases<Integer> months;
  final Phrases<Boolean> monthsNeedingPreposition;
  final Phrases<Boolean> monthsNeverAlone;
  final Phrases<Boolean> monthPrepositions;
  final Phrases<DayOfWeek> weekdays;
  final Phrases<Boolean> weekdayCues;
  final Phrases<Integer> ordinalDays;
  final Phrases<Integer> seasons;
  final Phrases<Boolean> seasonsAlsoVerbs;
  final Phrases<Boolean> yearNouns;
  final Phrases<Boolean> yearPrepositions;
  final Phrases<Boolean> yearRangeLinks;
  final Phrases<Boolean> notAfterYear;
  final Phrases<Direction> directions;
  final Phrases<Integer> relativeYears;
  final Phrases<Shift> relative;
  final Phrases<Integer> numbers;
  final Phrases<CountedUnit> units;
  final Phrases<Counting> leads;
  final Phrases<Counting> trails;
  final Phrases<Boolean> eventWords;
  final Phrases<Boolean> hourCues;
  final Phrases<Boolean> am;
  final Phrases<Boolean> pm;
  final Phrases<String> zones;
  final Phrases<Boolean> notDates;

  private final String source;

  private DateWords(JsonNode root, String source) {
    this.source = source;
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException(source + ": format must be \"" + FORMAT + "\"");
    }
    clitics = clitics(section(root, "clitics"));
    months = numbered(root, "months", 1, 12, Function.identity());
    monthsNeedingPreposition = list(root, "monthsNeedingPreposition");
    monthsNeverAlone = list(root, "monthsNeverAlone");
    monthPrepositions = list(root, "monthPrepositions");
    weekdays = numbered(root, "weekdays", 1, 7, DayOfWeek::of);
    weekdayCues = list(root, "weekdayCues");
    ordinalDays = numbered(root, "ordinalDays", 1, 31, Function.identity());
    seasons = numbered(root, "seasons", 1, 12, Function.identity());
    seasonsAlsoVerbs = list(root, "seasonsAlsoVerbs");
    yearNouns = list(root, "yearNouns");
    yearPrepositions = list(root, "yearPrepositions");
    yearRangeLinks = list(root, "yearRangeLinks");
    notAfterYear = list(root, "notAfterYear");
    directions = directions(root);
    relativeYears = relativeYears(root);
    relative = relative(root);
    JsonNode counted = section(root, "counted");
    numbers = numbered(counted, "numbers", 1, 99, Function.identity());
    units = units(counted);
    leads = countings(counted, "leads", true);
    trails = countings(counted, "trails", false);
    eventWords = list(counted, "eventWords");
    JsonNode times = section(root, "times");
    hourCues = list(times, "hourCues");
    am = list(times, "am");
    pm = list(times, "pm");
    zones = zones(times);
    notDates = list(root, "notDates");
    requireMonths(monthsNeedingPreposition, "monthsNeedingPreposition");
    requireMonths(monthsNeverAlone, "monthsNeverAlone");
  }

  private void requireMonths(Phrases<Boolean> names, String section) {
    for (String name : names.keys()) {
      if (!months.contains(name)) {
        throw new IllegalArgumentException(
            source + ": " + section + " '" + name + "' is not a month");
      }
    }
  }

  /** The words shipped with driftgraph. */
  static DateWords standard() {
    try (InputStream in = DateWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static DateWords read(InputStream in, String source) throws IOException {
    return new DateWords(new ObjectMapper().readTree(in), source);
  }

  private JsonNode section(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || !(node.isObject() || node.isArray())) {
      throw new IllegalArgumentException(
          source + ": '" + name + "' is missing or not an object or list");
    }
    return node;
  }

  private Phrases<Boolean> list(JsonNode parent, String name) {
    Phrases<Boolean> phrases = new Phrases<>(source + " " + name);
    addAll(phrases, section(parent, name), name, Boolean.TRUE);
    return phrases;
  }

  private <V> void addAll(Phrases<V> phrases, JsonNode array, String name, V meaning) {
    if (!array.isArray() || array.isEmpty()) {
      throw new IllegalArgumentException(
          source + ": '" + name + "' must be a non-empty list of phrases");
    }
    for (JsonNode phrase : array) {
      if (!phrase.isTextual()) {
        throw new IllegalArgumentException(
            source + ": '" + name + "' holds a non-text entry " + phrase);
      }
      phrases.add(phrase.asText(), meaning);
    }
  }

  private <V> Phrases<V> numbered(
      JsonNode parent, String name, int min, int max, Function<Integer, V> meaning) {
    Phrases<V> phrases = new Phrases<>(source + " " + name);
    Iterator<Map.Entry<String, JsonNode>> entries = section(parent, name).fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      int number = number(entry.getKey(), name, min, max);
      addAll(phrases, entry.getValue(), name + " " + number, meaning.apply(number));
    }
    return phrases;
  }

  private int number(String text, String name, int min, int max) {
    try {
      int number = Integer.parseInt(text);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below with the section's name
    }
    throw new IllegalArgumentException(
        source + ": '" + name + "' key '" + text + "' is not a number from " + min + " to " + max);
  }

  private DateClitics clitics(JsonNode node) {
    try {
      return new DateClitics(
          letters(node, "conjunctions"),
          letters(node, "prepositions"),
          letters(node, "beforeDay"),
          letters(node, "monthPrepositions"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": clitics: " + e.getMessage(), e);
    }
  }

  /** A list of clitic letters, normalized as the text is. */
  private List<String> letters(JsonNode parent, String name) {
    List<String> letters = new ArrayList<>();
    for (JsonNode letter : section(parent, name)) {
      if (!letter.isTextual()) {
        throw new IllegalArgumentException(name + " holds a non-text entry " + letter);
      }
      letters.add(ArabicNormalization.normalize(letter.asText().strip()).normalized());
    }
    return letters;
  }

  private Phrases<Direction> directions(JsonNode root) {
    Phrases<Direction> phrases = new Phrases<>(source + " directions");
    for (Direction direction : Direction.values()) {
      String name = direction.name().toLowerCase(Locale.ROOT);
      addAll(phrases, section(section(root, "directions"), name), "directions " + name, direction);
    }
    return phrases;
  }

  private Phrases<Integer> relativeYears(JsonNode root) {
    Phrases<Integer> phrases = new Phrases<>(source + " relativeYears");
    for (JsonNode entry : section(root, "relativeYears")) {
      addAll(phrases, section(entry, "phrases"), "relativeYears", entry.path("amount").asInt());
    }
    return phrases;
  }

  private Phrases<Shift> relative(JsonNode root) {
    Phrases<Shift> phrases = new Phrases<>(source + " relative");
    for (JsonNode entry : section(root, "relative")) {
      Shift shift =
          new Shift(
              Unit.valueOf(upper(entry, "unit")),
              entry.path("amount").asInt(),
              origin(entry),
              DatePrecision.fromValue(entry.path("precision").asText("")));
      addAll(phrases, section(entry, "phrases"), "relative", shift);
    }
    return phrases;
  }

  private Phrases<CountedUnit> units(JsonNode counted) {
    Phrases<CountedUnit> phrases = new Phrases<>(source + " counted units");
    for (JsonNode entry : section(counted, "units")) {
      CountedUnit unit =
          new CountedUnit(Unit.valueOf(upper(entry, "unit")), entry.path("count").asInt());
      addAll(phrases, section(entry, "words"), "counted units", unit);
    }
    return phrases;
  }

  private Phrases<Counting> countings(JsonNode counted, String name, boolean prepositions) {
    Phrases<Counting> phrases = new Phrases<>(source + " counted " + name);
    for (JsonNode entry : section(counted, name)) {
      int sign = entry.path("sign").asInt();
      if (sign != 1 && sign != -1) {
        throw new IllegalArgumentException(source + ": counted " + name + " sign must be 1 or -1");
      }
      boolean preposition = prepositions || entry.path("preposition").asBoolean(false);
      addAll(
          phrases,
          section(entry, "phrases"),
          "counted " + name,
          new Counting(sign, origin(entry), preposition));
    }
    return phrases;
  }

  private Phrases<String> zones(JsonNode times) {
    Phrases<String> phrases = new Phrases<>(source + " zones");
    Iterator<Map.Entry<String, JsonNode>> entries = section(times, "zones").fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String offset = entry.getKey();
      if (!offset.isEmpty() && !offset.equals("Z") && !offset.matches("[+-]\\d{2}:\\d{2}")) {
        throw new IllegalArgumentException(
            source + ": zone '" + offset + "' is not Z, +hh:mm, -hh:mm or \"\"");
      }
      addAll(phrases, entry.getValue(), "zones " + offset, offset);
    }
    return phrases;
  }

  private Origin origin(JsonNode entry) {
    return switch (entry.path("anchor").asText("")) {
      case "published" -> Origin.WRITING;
      case "text" -> Origin.STORY;
      default ->
          throw new IllegalArgumentException(
              source + ": anchor must be \"published\" or \"text\" in " + entry);
    };
  }

  private String upper(JsonNode entry, String field) {
    String value = entry.path(field).asText("").toUpperCase(Locale.ROOT);
    for (Unit unit : Unit.values()) {
      if (unit.name().equals(value)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        source + ": " + field + " must be day, week, month or year in " + entry);
  }
}
