package org.driftgraph.extract.claims;

import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an English article's headline names, in quotes, an actor the extractor did not read
 * (session 15, issue 11: a headline about a quoted charity, radio or forum that no list holds,
 * "Host drops "Ember Relief" fundraisers linked to ISIS"). The article is then about that actor, so
 * the group named most often in it is a comparison, an origin or a link, not the actor that "the
 * group", an elided subject or a patient with no owner stands for: the article has no dominant
 * group to fall back on (see {@link ArticleText#dominantGroup}). Without the rule the fallback gave
 * the quoted actor's bans to the group it is said to fund.
 *
 * <p>A quoted name is one to four capitalised words (a lower-case word such as "of" may join them)
 * that overlaps no name the extractor found; a quoted phrase in lower case ("training camp",
 * "relief") is a scare quote, and a longer one is a quotation.
 */
final class UnreadHeadlineActor {
  /** The inside of a quote that may be a name: one to four words, capitalised but for joiners. */
  private static final Pattern NAME_LIKE =
      Pattern.compile(
          "\\s*\\p{Lu}[\\p{L}\\p{N}.'’&-]*(?:\\s+(?:of|the|and|de|al|el)?\\s*\\p{Lu}[\\p{L}\\p{N}.'’&-]*){0,3}\\s*");

  private UnreadHeadlineActor() {}

  /**
   * True when the article is English and its heading line (the text before the first line break, "#
   * Headline") holds a quoted name that none of {@code refs} overlaps. The written text decides the
   * capitals; {@code toNormalized} maps its offsets to the folded text of the names.
   */
  static boolean present(
      String language, String text, IntUnaryOperator toNormalized, List<Ref> refs) {
    if (!"en".equals(language) || !text.startsWith("#")) {
      return false;
    }
    int end = text.indexOf('\n');
    end = end < 0 ? text.length() : end;
    int open = -1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean opens = c == '“' || (c == '"' && open < 0);
      boolean closes = c == '”' || (c == '"' && open >= 0);
      if (closes && open >= 0) {
        if (nameLike(text, open + 1, i)
            && unread(refs, toNormalized.applyAsInt(open + 1), toNormalized.applyAsInt(i))) {
          return true;
        }
        open = -1;
      } else if (opens) {
        open = i;
      }
    }
    return false;
  }

  private static boolean nameLike(String text, int start, int end) {
    Matcher inside = NAME_LIKE.matcher(text);
    inside.region(start, end);
    return inside.matches();
  }

  private static boolean unread(List<Ref> refs, int start, int end) {
    return refs.stream().noneMatch(r -> !r.anaphor() && r.start() < end && start < r.end());
  }
}
