package org.driftgraph.extract.claims;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;

/**
 * The class noun a story introduced a name with, written in lower case around it: "a club called
 * Northbrook Storm", "the Northbrook Storm club", "Northbrook Storm, a fight club in Ohio". Such a
 * noun is not part of the name, yet the story goes on with "the club" for it just as it would after
 * a name ending in "Club", so {@link NamedHeads} takes these introductions as heads too. Only
 * actors and outlets are introduced this way: a platform followed by "channel" or "group" ("a
 * Telegram channel") is where something is, not what "the channel" later stands for.
 *
 * <p>Each pattern is tried once per name over a short window next to it, with bounded repetition.
 */
final class IntroducedHeads {
  /** Class nouns a story introduces a name with and then uses alone for it. */
  private static final Set<String> HEADS =
      EnglishAppositions.readWords("/extract/claims/introduced-heads.txt");

  /** How far before a name its introduction may begin: an article, three modifiers, the verb. */
  private static final int WINDOW = 90;

  /** The heads as one alternation, so a modifier is never taken for the head. */
  private static final String HEAD = "(" + String.join("|", new TreeSet<>(HEADS)) + ")";

  /** "a club called", "an outlet known as", "a fund named": the noun is group 1, at the name. */
  private static final Pattern CALLED_BEFORE =
      Pattern.compile(
          "\\b(?:an?|one|the) (?:[a-z][a-z-]* ){0,3}?"
              + HEAD
              + ",? (?:called|named|dubbed|known as|calling itself|which calls itself|"
              + "that calls itself)[\\s\"“«']*$");

  /** "the Northbrook Storm club": the noun right after a name that follows "the"; group 1. */
  private static final Pattern HEAD_AFTER = Pattern.compile("^[\"”»']?\\s" + HEAD + "\\b");

  /** What stands right before a name that {@link #HEAD_AFTER} may introduce. */
  private static final Pattern THE_BEFORE = Pattern.compile("\\bthe [\"“«']?$");

  /** "X, a relief fund in Karachi": an indefinite apposition right after the name; group 1. */
  private static final Pattern APPOSED_AFTER =
      Pattern.compile("^[\"”»']?, an? (?:[a-z][a-z-]* ){0,4}?" + HEAD + "\\b");

  /**
   * Heads no type anaphor reads: "the club", "the fund" stand only for a body the story introduced
   * with them, so with none introduced they stand for someone unknown, never for the topic.
   */
  private static final Set<String> ONLY_INTRODUCED =
      Set.of("club", "fund", "charity", "campaign", "cell");

  private IntroducedHeads() {}

  /** True when "the {@code head}" can stand only for a body introduced with that noun. */
  static boolean onlyIntroduced(String head) {
    return ONLY_INTRODUCED.contains(head);
  }

  /** The class noun {@code ref} was introduced with, or empty. */
  static Optional<String> of(ArticleText article, Ref ref) {
    EntityType type = ref.entity().type();
    if (ref.anaphor() || (type != EntityType.ACTOR && type != EntityType.OUTLET)) {
      return Optional.empty();
    }
    String text = article.text;
    Matcher before =
        CALLED_BEFORE.matcher(text).region(Math.max(0, ref.start() - WINDOW), ref.start());
    if (before.find()) {
      return Optional.of(before.group(1));
    }
    int to = Math.min(text.length(), ref.end() + WINDOW);
    for (Pattern after : new Pattern[] {APPOSED_AFTER, HEAD_AFTER}) {
      Matcher m = after.matcher(text).region(ref.end(), to);
      boolean introduced = after == APPOSED_AFTER || definite(text, ref.start());
      if (introduced && m.lookingAt() && lowerCase(article, m.start(1))) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** "the" stands right before the name ("the Darul Ihsan fund", not "an ISIS fund"). */
  private static boolean definite(String text, int start) {
    return THE_BEFORE.matcher(text).region(Math.max(0, start - 6), start).find();
  }

  /** The noun after the name is written in lower case, so it is not the start of another name. */
  private static boolean lowerCase(ArticleText article, int at) {
    String original = article.article.text();
    int there = article.originalStart(at);
    return there < original.length() && Character.isLowerCase(original.charAt(there));
  }
}
