package org.driftgraph.extract.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cause of a move written after its destination: "moves its videos to Y after a wave of
 * removals on X", "تنقل إصداراتها إلى ص بعد حملة حذف على س", "opens channels on Y after X curbs its
 * feeds", "turns to Y as X shuts its doors". The platform inside the cause is where the trouble
 * came from, not a destination, however close a place word stands before it. A to word after the
 * cause ("after the purge, to Y") starts the destination again.
 */
final class MoveCauses {
  /**
   * A subordinator of time or cause followed, within three words, by a noun or verb of removal
   * (normalized text: ة is ه, hamza folded).
   */
  private static final Pattern BAN_CAUSE =
      Pattern.compile(
          "(?<!\\S)(?:[وف]?(?:بعد|اثر|عقب|جراء|بسبب|وسط)(?:\\s+(?:ان|ما))?(?:\\s+[^\\s،,.؛:]+){0,2}?"
              + "\\s+[وف]?(?:[بكل]?ال|لل|[بكل])?(?:حذف|حظر|اغلاق|تعليق|ازاله|حجب|طرد|تقييد|ايقاف"
              + "|تضييق|حمله|حملات|موجه|موجات)\\S*"
              + "|(?:after|following|amid|over)\\s+(?:[^\\s,.;:]+\\s+){0,3}?(?:bans?|banning"
              + "|removals?|removing|takedowns?|suspensions?|suspending|purges?|crackdowns?"
              + "|deletions?|deleting|shutdowns?|closures?|blocking|curbs|restrictions"
              + "|being (?:banned|removed|suspended|kicked|deplatformed|blocked|deleted)))(?!\\S)",
          Pattern.CASE_INSENSITIVE);

  /**
   * An English subordinator right before the platform that is the subject of the cause ("after
   * Telegram curbs", "as YouTube shuts"); "such as", "as well as", "known as" introduce names.
   */
  private static final Pattern SUBJECT_OF_CAUSE =
      Pattern.compile(
          "(?<!\\S)(?:after|following|amid|(?<!(?:such|well|known|same|much|just|so|as) )as)"
              + "\\s+(?:(?:the|a|an)\\s+)?[\"“'«]?$",
          Pattern.CASE_INSENSITIVE);

  /** A to word that starts the destination again after the cause. */
  private static final Pattern TO_AGAIN = Pattern.compile("(?<!\\S)(?:الي|نحو|to|onto)(?!\\S)");

  private MoveCauses() {}

  /** The name starting at {@code nameStart} stands in a cause that opens after {@code from}. */
  static boolean inCause(String text, int from, int nameStart) {
    if (nameStart <= from) {
      return false;
    }
    String stretch = text.substring(from, nameStart);
    if (SUBJECT_OF_CAUSE.matcher(stretch).find()) {
      return true;
    }
    Matcher cause = BAN_CAUSE.matcher(stretch);
    int end = -1;
    while (cause.find()) {
      end = cause.end();
    }
    return end >= 0 && !TO_AGAIN.matcher(stretch).region(end, stretch.length()).find();
  }
}
