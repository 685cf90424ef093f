package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Names the writer takes a stance toward (stance-objects.txt): the object of praise ("clips
 * glorifying the group", مقاطع تمجد التنظيم), of a denied link ("denied any link to X", نفى أي صلة
 * بـX), of impersonation ("fake channels of X", حسابات منتحلة) or of a missing account ("has no
 * account on X", لا حساب له على X). Such a name is not the one who posts, moves or is banned, nor
 * where it happens: the claims of its sentence do not take it. The phrases of a sentence are found
 * where the article's literal prefilter places them (the list is read by RuleSet's StancePhrases).
 */
final class StanceObjects {
  /** What may stand between a phrase and its object: quotes, a proclitic, "the". */
  private static final Pattern GAP =
      Pattern.compile("[\\s«»\"“”'(]*(?:(?:the|[وف]?(?:بال|لل|ال|ب|ل|مع|الي))[\\s«»\"“”'(]*)?");

  private StanceObjects() {}

  /**
   * {@code refs} without the names that stand right after a stance phrase of the span; the phrases
   * are pattern {@code stancePattern} of the article's prefilter (RuleSet#stancePattern).
   */
  static List<Ref> without(ArticleText at, int stancePattern, int start, int end, List<Ref> refs) {
    List<int[]> phrases = new ArrayList<>();
    for (MatchResult phrase : at.literals.matches(stancePattern, start, end)) {
      phrases.add(new int[] {phrase.start(), phrase.end()});
    }
    if (phrases.isEmpty()) {
      return refs;
    }
    List<Ref> kept = new ArrayList<>(refs.size());
    for (Ref ref : refs) {
      if (!objectOfStance(at.text, phrases, ref)) {
        kept.add(ref);
      }
    }
    return kept;
  }

  private static boolean objectOfStance(String text, List<int[]> phrases, Ref ref) {
    for (int[] p : phrases) {
      // After the phrase, or holding its last letters (a proclitic the phrase ends on: بـ).
      if (ref.end() > p[1]
          && ref.start() > p[0]
          && ref.start() <= p[1] + 12
          && (ref.start() <= p[1] || GAP.matcher(text).region(p[1], ref.start()).matches())) {
        return true;
      }
    }
    return false;
  }
}
