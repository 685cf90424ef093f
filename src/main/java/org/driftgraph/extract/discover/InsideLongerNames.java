package org.driftgraph.extract.discover;

import java.util.List;
import java.util.Set;
import org.driftgraph.model.Mention;

/**
 * A known name matched inside a longer quoted name is not that entity: in حركة "أنصار الله
 * الأوفياء" the gazetteer's حركة أنصار الله is only the start of another group's name, and in the
 * "Frontline Signal Project" Signal is part of a project's name. The quotes show where the name
 * ends, so a mention whose quote closes only after more words is dropped; an unquoted name followed
 * by ordinary words (تلغرام الرسمية، Telegram channels) is kept.
 */
public final class InsideLongerNames {
  private InsideLongerNames() {}

  /** {@code mentions} without those that lie inside a longer quoted name of {@code text}. */
  public static List<Mention> drop(String text, List<Mention> mentions) {
    return mentions.stream().filter(m -> !insideLongerQuote(text, m)).toList();
  }

  private static boolean insideLongerQuote(String text, Mention mention) {
    int line = text.lastIndexOf('\n', Math.max(0, mention.start() - 1)) + 1;
    int open =
        Quotes.lastOpening(
            text, Math.max(line, mention.start() - Quotes.MAX_NAME_CHARS), mention.end());
    if (open < 0 || !opens(text, line, open, mention)) {
      return false;
    }
    String before = text.substring(open + 1, Math.max(open + 1, mention.start()));
    if (!before.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-')) {
      return false;
    }
    int close = Quotes.closing(text, open);
    if (close <= mention.end()) {
      return false;
    }
    String rest = text.substring(mention.end(), close).strip();
    return rest.codePoints().anyMatch(Character::isLetter) && !TYPE_WORDS.contains(rest);
  }

  /**
   * A quoted name that only adds its type word is the same entity: «ميل رو غروب» is Mail.Ru Group,
   * "Zello Inc" is Zello's company as the gazetteer's name already says.
   */
  private static final Set<String> TYPE_WORDS =
      Set.of(
          "غروب",
          "جروب",
          "كوربوريشن",
          "إنك",
          "ليمتد",
          "المحدودة",
          "تكنولوجيز",
          "ميديا",
          "نيوز",
          "Group",
          "Inc",
          "Inc.",
          "Ltd",
          "Ltd.",
          "Limited",
          "Corporation",
          "Corp",
          "Corp.",
          "Media",
          "News",
          "LLC",
          "GmbH",
          "Technologies",
          "Labs",
          "Messenger",
          "App");

  /**
   * A straight double quote opens only after an even number of them in its line: in '"A" and
   * Telegram "B"' the mark after A closes A's name. A curly closing mark opens only right before
   * the name (Arabic newsrooms write ”X“); an apostrophe ("Meta's Telegram channel's") never does.
   */
  private static boolean opens(String text, int line, int open, Mention mention) {
    char mark = text.charAt(open);
    if (mark == '"') {
      return text.substring(line, open).chars().filter(c -> c == '"').count() % 2 == 0;
    }
    if (mark == '”') {
      return open >= mention.start() - 1;
    }
    return mark != '\'';
  }
}
