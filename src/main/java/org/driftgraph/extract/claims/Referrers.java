package org.driftgraph.extract.claims;

import java.util.regex.Pattern;

/**
 * Who sent the referral, the request or the notice that led to a removal, and who was told about
 * it, did not remove anything: "removed the accounts after being notified by the police",
 * "following referrals by the EU IRU at Europol, TikTok removed", "after receiving requests from
 * the ministry", "informed Europol that it had deleted", "علّقت الحساب بعد بلاغ من وحدة الإحالة".
 * The platform that acted is the ban's object; the referrer is no argument of it.
 *
 * <p>The Arabic "بطلب من" (at the request of) stays an agent marker: the annotators credit a
 * closure made at an authority's request to that authority. They also credit a removal "in response
 * to notices from" a unit to the unit, so notices are left out of the phrases.
 */
final class Referrers {
  /** How far before a name its referral phrase may start. */
  private static final int REACH = 100;

  /**
   * A referral phrase, then the name with nothing but words between (a list of referrers, "the EU
   * IRU at Europol"): no comma, semicolon, colon or full stop.
   */
  private static final Pattern REFERRAL =
      Pattern.compile(
          "(?:(?:^|\\s)(?:referrals?|requests?|notifications?|tip\\s+offs?)"
              + "\\s+(?:\\S+\\s+)?(?:from|by)\\s"
              + "|(?:^|\\s)(?:being\\s+)?(?:notified|contacted|alerted|flagged|approached|referred)"
              + "\\s+by\\s"
              + "|(?:^|\\s)[وفب]?(?:ال)?(?:بلاغ|بلاغات|ابلاغ|احاله|احالات|شكوي|شكاوي|اخطار)"
              + "\\s+(?:\\S+\\s+)?من\\s)"
              + "(?:(?!\\s(?:that|ان)\\s)[^,;:.،؛\\n])*$"
              + "|(?:^|\\s)(?:informed|notified|alerted|contacted|told)\\s+(?:the\\s+)?$");

  /** A stem of every referral phrase, tested before the pattern. */
  private static final String[] STEMS = {
    "referral", "request", "notif", "tip", "contacted", "alerted", "flagged", "approached",
    "referred", "informed", "told", "بلاغ", "احال", "شكو", "شكاو", "اخطار"
  };

  private Referrers() {}

  private static boolean containsAny(String before) {
    for (String stem : STEMS) {
      if (before.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name starting at {@code start} follows a referral phrase in its sentence. */
  static boolean referrer(String text, int sentenceStart, int start) {
    int from = Math.max(sentenceStart, start - REACH);
    String before = text.substring(from, start);
    // Cheap literal test first: every phrase holds one of these stems.
    if (!containsAny(before)) {
      return false;
    }
    return REFERRAL.matcher(before).find();
  }
}
