package org.driftgraph.extract.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.RelationType;

/**
 * English appositions: "HEAD, a description that may name others, verb". A name inside the
 * description describes the head (or the head's owner, founder, parent); it is never the doer of
 * the verb nor its patient. When the head is not a known name (a capitalised word the gazetteer and
 * discovery missed: "Douyin, ByteDance's Chinese version of TikTok, removed"), the slot it holds is
 * still taken, so no name farther away may fill it: the claim is left out rather than given to the
 * name in the description.
 */
final class EnglishAppositions {
  private static final String HEADS_RESOURCE = "/extract/claims/not-apposition-heads.txt";
  private static final Set<String> NOT_HEADS = readWords(HEADS_RESOURCE);

  /** What may stand between a head and its comma: quotes, brackets, spaces. */
  private static final Pattern QUOTES_AND_SPACE = Pattern.compile("[\\s«»\"“”()]*");

  /** What opens a clause before its subject: nothing, a break and a conjunction, a bullet. */
  private static final Pattern CLAUSE_OPENING =
      Pattern.compile(
          "(?:[\\s\"“”'(#*>-]*|.*(?:[,;:]|\\s[-–—])\\s*(?:and|but|while|whereas|then)?\\s*)");

  /** A sentence that opens with a place or time before its comma: "In Moscow, the app". */
  private static final Pattern TIME_OR_PLACE_OPENING =
      Pattern.compile(
          "[\\s\"“”'(#*>-]*(?:in|on|at|from|across|after|before|since|during|inside|outside|"
              + "throughout|until|by)\\s+(?:the\\s+)?");

  /** The description opens as a noun phrase, a participle or a relative. */
  private static final Pattern DESCRIPTION_START =
      Pattern.compile(
          "\\s*(?:a|an|the|its|their|his|her|part|one|now|then|once|formerly|which|who|whose|"
              + "[^\\s,]+'s|[a-z]+ed|under|owned|run|built|made|known)\\b");

  private final Trigger trigger;
  private final String text;

  EnglishAppositions(Trigger trigger) {
    this.trigger = trigger;
    this.text = trigger.text();
  }

  /** The head of the apposition a name before the trigger stands in. */
  record Head(Optional<Ref> name) {
    boolean known() {
      return name.isPresent();
    }
  }

  /**
   * The head of the apposition that holds {@code ref}, which stands before the trigger, when the
   * apposition closes before the trigger; empty when {@code ref} is in none. A stretch between
   * commas with a trigger of its own (other than an ownership or affiliation that describes:
   * "YouTube, part of Google,") is a clause; a stretch that holds only the name is a list item
   * ("Telegram, Discord, and Gab").
   */
  Optional<Head> headOf(Ref ref) {
    if (!"en".equals(trigger.language()) || ref.end() > trigger.start()) {
      return Optional.empty();
    }
    int open = lastBreakBefore(ref.start());
    if (open < 0) {
      return Optional.empty();
    }
    Matcher close = Trigger.CLAUSE_BREAK.matcher(text).region(ref.end(), trigger.start());
    if (!close.find() || text.charAt(close.start()) != ',') {
      return Optional.empty();
    }
    int closeAt = close.start();
    String before = text.substring(open + 1, ref.start());
    String after = text.substring(ref.end(), closeAt);
    if (before.isBlank() && after.isBlank()) {
      return Optional.empty();
    }
    if (text.substring(close.end(), trigger.start()).matches("\\s*(?:and|or)\\b.*")) {
      return Optional.empty();
    }
    if (!DESCRIPTION_START.matcher(text.substring(open + 1, closeAt)).lookingAt()) {
      return Optional.empty();
    }
    boolean clause =
        trigger.triggersInSentence().stream()
            .anyMatch(
                h ->
                    h.start() > open
                        && h.start() < closeAt
                        && h.rule().type() != RelationType.AFFILIATED_WITH
                        && h.rule().type() != RelationType.OWNED_BY);
    if (clause) {
      return Optional.empty();
    }
    Optional<Ref> known =
        trigger.namesInSentence().stream()
            .filter(
                r ->
                    r.end() <= open
                        && QUOTES_AND_SPACE.matcher(text.substring(r.end(), open)).matches())
            .reduce((a, b) -> b);
    if (known.isPresent()) {
      return Optional.of(new Head(known));
    }
    int run = capitalisedRunBefore(open);
    return run >= 0 && opensClause(run)
        ? Optional.of(new Head(Optional.empty()))
        : Optional.empty();
  }

  /**
   * The trigger stands inside an apposition to a capitalised word that is no known name ("onto
   * Guilded, a chat platform owned by Roblox Corporation, after Telegram"): the word is what the
   * apposition describes, so no name across the closing comma is.
   */
  boolean triggerDescribesStranger() {
    if (!"en".equals(trigger.language())) {
      return false;
    }
    int open = lastBreakBefore(trigger.start());
    if (open < 0
        || !DESCRIPTION_START.matcher(text.substring(open + 1, trigger.end())).lookingAt()) {
      return false;
    }
    boolean known =
        trigger.namesInSentence().stream()
            .anyMatch(
                r ->
                    r.end() <= open
                        && QUOTES_AND_SPACE.matcher(text.substring(r.end(), open)).matches());
    return !known && capitalisedRunBefore(open) >= 0;
  }

  /**
   * An anaphor right after a capitalised word and its comma at the head of a clause ("LINE, the
   * messaging app used in Taiwan, is operated by") describes that word, not something named before.
   */
  boolean apposedToStranger(Ref ref) {
    if (!ref.anaphor() || !"en".equals(trigger.language())) {
      return false;
    }
    int comma = ref.start() - 1;
    while (comma > trigger.sentenceStart() && Character.isWhitespace(text.charAt(comma))) {
      comma--;
    }
    if (comma <= trigger.sentenceStart() || text.charAt(comma) != ',') {
      return false;
    }
    int run = capitalisedRunBefore(comma);
    int at = comma;
    return run >= 0
        && !TIME_OR_PLACE_OPENING.matcher(text.substring(trigger.sentenceStart(), run)).matches()
        && trigger.namesInSentence().stream()
            .noneMatch(r -> r.end() <= at && r.end() > run && !r.anaphor());
  }

  private int lastBreakBefore(int position) {
    Matcher breaks = Trigger.CLAUSE_BREAK.matcher(text).region(trigger.sentenceStart(), position);
    int open = -1;
    while (breaks.find()) {
      open = breaks.start();
    }
    return open < 0 || text.charAt(open) != ',' ? -1 : open;
  }

  /**
   * Where the run of capitalised words (in the original text) that ends right before {@code end}
   * starts, or -1. Words of not-apposition-heads.txt (However, Monday, In) are no name.
   */
  private int capitalisedRunBefore(int end) {
    String original = trigger.originalText();
    int e = end;
    while (e > trigger.sentenceStart()
        && QUOTES_AND_SPACE.matcher(text.substring(e - 1, e)).matches()) {
      e--;
    }
    int runStart = -1;
    while (e > trigger.sentenceStart()) {
      int s = e;
      while (s > trigger.sentenceStart() && !Character.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
      String word = original.substring(trigger.originalStart(s), trigger.originalEnd(e));
      String bare = word.replaceAll("^[\"“”'(]+|[\"“”')]+$", "");
      if (bare.isEmpty()
          || !Character.isUpperCase(bare.codePointAt(0))
          || NOT_HEADS.contains(bare.toLowerCase(Locale.ROOT))) {
        break;
      }
      runStart = s;
      e = s;
      while (e > trigger.sentenceStart() && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
    }
    return runStart;
  }

  private boolean opensClause(int position) {
    return CLAUSE_OPENING.matcher(text.substring(trigger.sentenceStart(), position)).matches();
  }

  /** The words of a resource list, one a line, # comments; lower case. */
  static Set<String> readWords(String resource) {
    try (InputStream in = EnglishAppositions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no word list " + resource + " on the classpath");
      }
      Set<String> words = new HashSet<>();
      List<String> lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      for (String line : lines) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
