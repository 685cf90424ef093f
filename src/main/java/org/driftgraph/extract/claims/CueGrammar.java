package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.driftgraph.extract.rules.Cues;

/**
 * The patterns the claim engine reads between names and around its triggers. The words in them
 * (and, or, by, where, إنها، لها) are the cue words of {@code cues.json}; only the spaces and
 * punctuation around them are written here. Built once per rule set.
 */
final class CueGrammar {
  private static final String NO_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

  /** Commas, quotes and brackets that may stand before a list's and/or word. */
  private static final String LIST_MARKS = "[\\s،,؛;«»\"“”'()\\[\\]]*";

  /** Quotes and brackets that may stand after it. */
  private static final String QUOTE_MARKS = "[\\s«»\"“”'()\\[\\]]*";

  /**
   * Between two names of one list: commas, quotes and brackets, and at most one and/or word or
   * ampersand ("Telegram, Discord and Gab", "حذفت تويتر وفيسبوك").
   */
  final Pattern listGlue;

  /**
   * The list glue, or a phrase that adds a name to the list (", إضافة إلى", "وإلى جانب", "بما
   * فيها"): only the relations of {@code listPhraseRelations} read it as a list.
   */
  final Pattern phraseListGlue;

  /**
   * Up to two modifiers, then an and-word with at most one possessed noun (ومؤسسها، and its
   * founder).
   */
  final Pattern coordinated;

  /** A pronoun owner right after an ownership word: "المملوك لها", "owned by it". */
  final Pattern pronounOwner;

  /**
   * What may stand between a name and the active verb it does: nothing but space or a closing quote
   * («ميتا» حذفت: Arabic timelines put the quoted company first) (and "has", "then", up to two
   * adverbs in -ly: "Twitter permanently suspended"), an apposition between commas ("Twitch, the
   * live-streaming site, disabled"), or the name saying it did it ("Gab said it had suspended",
   * "قالت تويتر في بيان إنها حذفت").
   */
  final Pattern adjacentActive;

  /** A relative of place between a platform and a migration after it ("Gab, where they moved"). */
  final Pattern relativePlace;

  /** The "to" of a moved thing: "moved Telegram to Dubai" (not "there on November 29"). */
  final Pattern movedTo;

  /** A text that ends with the word before a passive's doer ("removed by"). */
  final Pattern endsWithAgentMarker;

  /** A text that ends with a move's "to" ("shifted its chats to"): what follows is where. */
  final Pattern endsWithToMarker;

  CueGrammar(Cues cues) {
    List<String> joiners = new ArrayList<>(cues.andWords());
    joiners.addAll(cues.orWords());
    listGlue =
        Pattern.compile(
            LIST_MARKS
                + "(?:(?:"
                + alternation(joiners)
                + "|&)"
                + NO_LETTER_AFTER
                + "\\s*)?"
                + QUOTE_MARKS);
    phraseListGlue =
        Pattern.compile(
            LIST_MARKS
                + "(?:(?:"
                + alternation(joiners)
                + "|&)"
                + NO_LETTER_AFTER
                + "\\s*|[وف]?(?:"
                + cues.listPhrases().pattern()
                + ")\\s*)?"
                + QUOTE_MARKS);
    coordinated =
        Pattern.compile(
            "[\\s«»\"“”()]*(?:[^\\s،,؛;:.«»\"“”()]+[\\s«»\"“”()]+){0,2}(?:"
                + andWords(cues.andWords())
                + ")(?:[^\\s،,؛;:.]+\\s+){0,2}[\\s«»\"“”]*");
    pronounOwner = Pattern.compile("\\s+" + cues.ownerPronouns().pattern());
    adjacentActive =
        Pattern.compile(
            "[\"”»]?\\s*(?:,[^,;:.]{1,80},\\s*)?(?:(?:has|have|had|then|also|quickly|later)\\s+)?(?:[a-z]{3,}ly\\s+){0,2}"
                + "|\\s*(?:said|says|announced|confirmed|stated)(?:\\s+\\S+){0,3}?\\s+(?:that\\s+)?(?:it|they)\\s+(?:(?:has|had|have|would|will|was|were)\\s+)?"
                + "|\\s*(?:\\S+\\s+){0,4}?"
                + cues.sayingPronouns().pattern()
                + "\\s+");
    relativePlace = Pattern.compile("(?:^|\\s)" + cues.relativePlaces().pattern() + "\\s");
    movedTo = Pattern.compile("\\s+" + cues.movedToMarkers().pattern() + "\\s");
    endsWithAgentMarker = Pattern.compile("(?:^|\\s)" + cues.agentMarkers().pattern() + "\\s*$");
    endsWithToMarker =
        Pattern.compile("(?:^|\\s)" + cues.movedToMarkers().pattern() + "[\\s«»\"“”]*$");
  }

  /**
   * The and-words: Arabic writes its conjunction onto the next word (ومؤسسها), English puts space
   * after it.
   */
  private static String andWords(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String word : words) {
      out.add(Pattern.quote(word) + (arabic(word) ? "" : "\\s+"));
    }
    return String.join("|", out);
  }

  private static String alternation(List<String> words) {
    return String.join("|", words.stream().map(Pattern::quote).toList());
  }

  /** True for a word in Arabic script. */
  static boolean arabic(String word) {
    return !word.isEmpty()
        && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
  }
}
