package org.driftgraph.extract.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English pronoun that reports its own sayer's act ("Acme Pay confirmed that it had suspended
 * the account", "Nimbus said it removed the channel") stands for the sayer. When the sayer is a
 * capitalised name the extractor does not know, the pronoun stands for that unknown name, not for
 * the nearest known one of an earlier sentence, so it fills no slot.
 */
final class UnknownSayer {
  /** A word, a saying verb (an adverb in -ly before it), a place or medium, then "that". */
  private static final Pattern SAYING_BEFORE_PRONOUN =
      Pattern.compile(
          "([\\p{L}\\p{N}.&-]+)\\s+(?:\\S+ly\\s+)?(?:has\\s+|had\\s+)?(?:said|says|confirmed|confirms"
              + "|stated|states|announced|announces|wrote|writes|added|adds|acknowledged"
              + "|acknowledges|noted|notes|reported|reports|explained|explains|told\\s+\\S+)"
              + "(?:\\s+\\S+){0,4}?\\s+(?:that\\s+)?$");

  /** Common words that start a sentence as sayers. */
  private static final Pattern COMMON_SAYERS =
      Pattern.compile(
          "it|they|he|she|we|i|you|officials?|authorities|police|prosecutors|researchers"
              + "|analysts|investigators|spokes(?:man|woman|person|people)|critics|experts"
              + "|members|supporters|sources|reports?|companies|platforms|both|others|some|many");

  /** How far back from the pronoun the sayer is looked for, in characters. */
  private static final int REACH = 80;

  private UnknownSayer() {}

  /** The anaphor {@code ref} is "it" or "they" after a saying verb whose sayer is unknown. */
  static boolean standsFor(Trigger trigger, Ref ref) {
    if (!ref.anaphor() || !"en".equals(trigger.language())) {
      return false;
    }
    String text = trigger.text();
    String word = text.substring(ref.start(), ref.end());
    if (!word.equals("it") && !word.equals("they")) {
      return false;
    }
    int from = Math.max(trigger.sentenceStart(), ref.start() - REACH);
    Matcher saying = SAYING_BEFORE_PRONOUN.matcher(text.substring(from, ref.start()));
    if (!saying.find()) {
      return false;
    }
    int sayerStart = from + saying.start(1);
    int sayerEnd = from + saying.end(1);
    if (!trigger.refsOverlapping(sayerStart, sayerEnd).isEmpty()) {
      return false;
    }
    int original = trigger.originalStart(sayerStart);
    String written = trigger.originalText();
    boolean capitalised =
        original < written.length() && Character.isUpperCase(written.charAt(original));
    // A capital at the start of the sentence is no sign of a name ("They said it ...").
    return capitalised
        && (sayerStart > trigger.sentenceStart()
            || !COMMON_SAYERS.matcher(text.substring(sayerStart, sayerEnd)).matches());
  }
}
