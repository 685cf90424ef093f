package org.driftgraph.extract.claims;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that only say whom a body is aligned with or inspired by: "an outlet aligned with the
 * Islamic State group's branch", "a teenager inspired by X", "an ideology associated with the
 * so-called Y milieu", "a pro-X outlet". The body is the story's actor; the group it is close to is
 * no argument of its moves, bans or announcements, and no topic the story falls back on when the
 * body itself is not a known name.
 *
 * <p>A unit or a following of the group keeps the group as its owner, as the annotators read it:
 * "accounts aligned with X", "supporters inspired by X", "pro-X channels" are X's.
 */
final class AffiliatedNames {
  /** How far before a name an affiliation phrase (with its head noun) is looked for. */
  private static final int REACH = 64;

  /**
   * The head noun, an affiliation participle and its preposition, right before the name. The head
   * is group 1 ("outlet aligned with the", "teenager inspired by"); "associated/linked with the
   * so-called" distances the writer from the name whatever the head.
   */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?:(?:^|\\s)(\\S+)\\s+(?:(?:closely|loosely|politically|ideologically|reportedly)\\s+)?"
              + "(?:(?:aligned|allied|affiliated)\\s+with|(?:sympathetic|loyal)\\s+to"
              + "|inspired\\s+by)\\s+(?:the\\s+)?(?:so\\s+called\\s+)?"
              + "|(?:associated|linked)\\s+with\\s+the\\s+so\\s+called\\s+)$");

  /** "pro-X" (the folded text spaces the hyphen out) before a body of its own. */
  private static final Pattern PRO_BEFORE = Pattern.compile("(?:^|\\s)pro\\s+$");

  /**
   * One body of its own after "pro-X" ("a pro-X outlet", "a pro-X preacher"); the plural is a
   * following that the annotators credit to X ("pro-IS preachers", "pro-IS channels").
   */
  private static final Pattern BODY_AFTER =
      Pattern.compile(
          "\\s+(?:\\S+\\s+)?(?:outlet|agency|broadcaster|magazine|newspaper|website|portal"
              + "|militia|faction|preacher|influencer)(?![\\p{L}])");

  /** Heads that the group owns: its units and its following (item 42, "accounts linked to X"). */
  private static final Pattern OWNED_HEAD =
      Pattern.compile(
          "(?:accounts?|channels?|pages?|groups?|profiles?|servers?|handles?|content|material"
              + "|posts?|videos?|networks?|supporters|sympathi[sz]ers|followers|members|users"
              + "|communities|forums?|chats?|cells?|militants|fighters|activists)[,;]?");

  private AffiliatedNames() {}

  /** The starts of the names among {@code refs} that only name an affiliation. */
  static BitSet in(String language, String text, List<Ref> refs) {
    BitSet out = new BitSet();
    if (!"en".equals(language)) {
      return out;
    }
    for (Ref ref : refs) {
      if (affiliated(text, ref)) {
        out.set(ref.start());
      }
    }
    return out;
  }

  private static boolean affiliated(String text, Ref ref) {
    int from = Math.max(0, ref.start() - REACH);
    // Cheap literal test first: every phrase ends in one of these words.
    String before = text.substring(from, ref.start());
    if (!(before.contains(" with ")
        || before.contains(" to ")
        || before.contains(" by ")
        || before.contains(" called ")
        || before.endsWith("pro "))) {
      return false;
    }
    Matcher phrase = BEFORE.matcher(before);
    if (phrase.find()) {
      return phrase.group(1) == null || !OWNED_HEAD.matcher(phrase.group(1)).matches();
    }
    return PRO_BEFORE.matcher(before).find()
        && BODY_AFTER.matcher(text).region(ref.end(), text.length()).lookingAt();
  }
}
