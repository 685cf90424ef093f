package org.driftgraph.extract.claims;

import java.util.ArrayList;
import java.util.List;
import org.driftgraph.model.RelationType;

/**
 * Quotations that a trigger introduces: what was said, not where. A platform named inside a quote
 * that opens after an announcing verb ("wrote on X: "the forum has dropped us, see you on Y"", نشرت
 * على تلغرام رسالة تقول «حسابنا على منصة س مغلق») is part of the message; the place is the one
 * before the quote. A quote that holds the name alone ("announced on "Truth Social"", «تلغرام») is
 * how the name is written, not a message, so it still counts.
 */
final class QuotedContent {
  private final Trigger trigger;
  private final List<int[]> quotes;

  QuotedContent(Trigger trigger) {
    this.trigger = trigger;
    // Only an English announcement's quotes are read: Arabic «» mark names as often as messages,
    // and the other relations have no place to mistake. The others need no scan of the sentence.
    boolean read =
        "en".equals(trigger.language()) && trigger.relation() == RelationType.ANNOUNCED_ON;
    this.quotes =
        read ? quotes(trigger.text(), afterOpenQuote(trigger), trigger.sentenceEnd()) : List.of();
  }

  /**
   * The name stands inside a quotation, opened after an English announcing trigger, that holds
   * other words too.
   */
  boolean claimed(Ref ref) {
    String text = trigger.text();
    for (int[] quote : quotes) {
      if (ref.start() > quote[0] && ref.end() <= quote[1]) {
        String rest =
            text.substring(quote[0] + 1, ref.start()) + text.substring(ref.end(), quote[1]);
        return rest.codePoints().anyMatch(Character::isLetter);
      }
    }
    return false;
  }

  /**
   * Where to look for quotes: past the trigger, or, when the trigger itself stands inside a
   * straight quote ("we posted on Telegram," the group said), past the mark that closes it.
   */
  private static int afterOpenQuote(Trigger trigger) {
    String text = trigger.text();
    long straight =
        text.substring(trigger.sentenceStart(), trigger.end())
            .chars()
            .filter(c -> c == '"')
            .count();
    if (straight % 2 == 0) {
      return trigger.end();
    }
    int close = text.indexOf('"', trigger.end());
    return close < 0 || close >= trigger.sentenceEnd() ? trigger.sentenceEnd() : close + 1;
  }

  /**
   * Quotes from {@code from} to {@code to}: opening offset, closing offset. Straight quotes pair.
   */
  private static List<int[]> quotes(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      boolean opens = c == '«' || c == '“' || (c == '"' && open < 0);
      boolean closes = c == '»' || c == '”' || (c == '"' && open >= 0);
      if (closes && open >= 0) {
        out.add(new int[] {open, i});
        open = -1;
      } else if (opens) {
        open = i;
      }
    }
    if (open >= 0) {
      // A quote left open runs to the end of the sentence (the sentence splitter may cut it).
      out.add(new int[] {open, Math.min(to, text.length())});
    }
    return out;
  }
}
