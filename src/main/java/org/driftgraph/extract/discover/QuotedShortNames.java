package org.driftgraph.extract.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.model.Mention;

/**
 * Quoted short names an article introduces with a type word: once it has written وكالة "ثبات" or
 * مؤسسة «الكتائب» for a found entity, a later quoted "ثبات" alone is that entity, as a defined
 * initialism is ({@link DefinedInitials}). Only quoted later uses count: the bare word is often an
 * ordinary one (ثبات "steadfastness"), while quotes mark it as the name the article introduced.
 */
public final class QuotedShortNames {
  /** A name in quotes (any of the marks {@link Quotes} reads) of one to three words. */
  private static final Pattern QUOTED =
      Pattern.compile("[«\"“”„'‘’]\\s*([^«»\"“”„'‘’\\n]{2,40}?)\\s*[»\"“”'‘’]");

  private static final int MAX_WORDS = 3;

  private QuotedShortNames() {}

  /**
   * Mentions of the quoted short names that {@code mentions} introduced in {@code text}, at their
   * later quoted uses that no mention covers already.
   */
  public static List<Mention> find(String text, List<Mention> mentions) {
    Map<String, String> introduced = new LinkedHashMap<>();
    Map<String, Integer> from = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      String shortName = quotedTail(text, mention);
      if (shortName != null && !introduced.containsKey(shortName)) {
        introduced.put(shortName, mention.entityId());
        from.put(shortName, mention.end());
      }
    }
    List<Mention> found = new ArrayList<>();
    Matcher quoted = QUOTED.matcher(text);
    for (Map.Entry<String, String> entry : introduced.entrySet()) {
      int start = from.get(entry.getKey());
      while (start < text.length() && quoted.find(start)) {
        start = quoted.end();
        if (quoted.group(1).strip().equals(entry.getKey())
            && !covered(mentions, quoted.start(1), quoted.end(1))
            && !covered(found, quoted.start(1), quoted.end(1))) {
          found.add(new Mention(entry.getValue(), quoted.start(1), quoted.end(1), quoted.group(1)));
        }
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  /**
   * The quoted last part of a mention that begins with a type word outside the quotes (وكالة
   * "ثبات"), or null: the mention must hold an opening mark after its first word, and its name part
   * must close right at (or one mark after) the mention's end.
   */
  private static String quotedTail(String text, Mention mention) {
    int open = Quotes.lastOpening(text, mention.start(), mention.end());
    if (open < 0 || text.substring(mention.start(), open).isBlank()) {
      return null;
    }
    int close = Quotes.closing(text, open);
    if (close < 0 || close < mention.end() - 1 || close > mention.end()) {
      return null;
    }
    String name = text.substring(open + 1, close).strip();
    boolean letters = name.codePoints().filter(Character::isLetter).count() >= 2;
    return letters && name.split("\\s+").length <= MAX_WORDS ? name : null;
  }

  private static boolean covered(List<Mention> mentions, int start, int end) {
    return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
  }
}
