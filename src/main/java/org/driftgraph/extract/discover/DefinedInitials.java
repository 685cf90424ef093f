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
 * Short names an article defines in brackets right after a name it has found: "the Nordic
 * Resistance Movement (NRM)", "حركة المقاومة الشمالية (NRM)", "تطبيق «كونفرسيشنز» (Conversations)".
 * The short name then stands for that entity wherever the article uses it again, as a whole word
 * written as defined.
 *
 * <p>After a Latin name the bracket must hold its initials, in order (IRGC for Islamic
 * Revolutionary Guard Corps, NRM, IBD), so "Telegram (Monday)" or "RT (Russia)" define nothing.
 * After an Arabic name it may hold Latin initials or the name's Latin form (capitalised words), the
 * way Arabic reporting gives the original of a foreign name.
 */
public final class DefinedInitials {
  private static final Pattern BRACKET =
      Pattern.compile("\\G(?:[ \\t]*\\(([^()\\n]{2,60})\\)|, or ([A-Z]{2,7})(?![\\p{L}\\p{N}]))");

  /** Latin names of this many initials or more stand for their initials without a definition. */
  private static final int UNDEFINED_INITIALS = 3;

  private static final Pattern INITIALS =
      Pattern.compile("[A-Z][A-Za-z]{0,2}(?:[A-Z][A-Za-z]?){1,6}");
  private static final Pattern LATIN_NAME =
      Pattern.compile("[A-Z][\\p{IsLatin}0-9.'&-]*(?: [A-Z][\\p{IsLatin}0-9.'&-]*){0,4}");

  /**
   * The first code point after Latin Extended-B: names written in other scripts have no initials.
   */
  private static final int LATIN_END = 0x250;

  private DefinedInitials() {}

  /**
   * Mentions of the short names defined after {@code mentions} in {@code text}, at their later uses
   * that no mention covers already.
   */
  public static List<Mention> find(String text, List<Mention> mentions) {
    Map<String, String> defined = new LinkedHashMap<>();
    Map<String, Integer> from = new LinkedHashMap<>();
    Matcher bracket = BRACKET.matcher(text);
    for (Mention mention : mentions) {
      // Anchored at the mention's end: find(from) would try every later position of the text
      // (where \G fails at once, but is still tried), quadratic over a text's mentions.
      bracket.region(mention.end(), text.length());
      if (!bracket.lookingAt()) {
        continue;
      }
      String inside = (bracket.group(1) != null ? bracket.group(1) : bracket.group(2)).strip();
      if (defines(mention.surface(), inside) && !defined.containsKey(inside)) {
        defined.put(inside, mention.entityId());
        from.put(inside, bracket.end());
      }
    }
    // "the Rapid Support Forces ... the RSF": initials used later without a definition
    for (Mention mention : mentions) {
      String initials = capitals(mention.surface());
      if (initials.length() >= UNDEFINED_INITIALS
          && !defined.containsKey(initials)
          && mention.surface().chars().allMatch(c -> c < LATIN_END)) {
        defined.put(initials, mention.entityId());
        from.put(initials, mention.end());
      }
    }
    List<Mention> found = new ArrayList<>();
    for (Map.Entry<String, String> entry : defined.entrySet()) {
      Matcher use =
          Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + Pattern.quote(entry.getKey()) + "(?![\\p{L}\\p{N}])")
              .matcher(text);
      int start = from.get(entry.getKey());
      while (use.find(start)) {
        start = use.end();
        if (!covered(mentions, use.start(), use.end())) {
          found.add(new Mention(entry.getValue(), use.start(), use.end(), use.group()));
        }
      }
    }
    found.sort(Comparator.comparingInt(Mention::start));
    return found;
  }

  private static boolean defines(String surface, String inside) {
    boolean arabic =
        surface
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    if (arabic) {
      return INITIALS.matcher(inside).matches() && isAllCapitals(inside)
          || LATIN_NAME.matcher(inside).matches();
    }
    return INITIALS.matcher(inside).matches()
        && isAllCapitals(inside)
        && (areInitials(surface, inside)
            || SyllabicInitials.abbreviate(List.of(surface.split("[\\s\\-]+")), inside));
  }

  /**
   * The initials of a Latin name of three words or more when every word but particles (of, al, and)
   * is capitalised: RSF for Rapid Support Forces; empty otherwise.
   */
  private static String capitals(String name) {
    String[] words = name.split("[\\s\\-]+");
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
        return "";
      }
      if (Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      } else if (word.length() > 3) {
        return "";
      }
    }
    return initials.toString();
  }

  private static boolean isAllCapitals(String inside) {
    return inside.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /** The capitals of {@code initials} are the first letters of words of {@code name}, in order. */
  private static boolean areInitials(String name, String initials) {
    String capitals = initials.replaceAll("[^A-Z]", "");
    String[] words = name.split("[\\s\\-]+");
    int c = 0;
    for (String word : words) {
      if (c < capitals.length()
          && !word.isEmpty()
          && Character.toUpperCase(word.charAt(0)) == capitals.charAt(c)) {
        c++;
      } else if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return c == capitals.length() && c >= 2;
  }

  private static boolean covered(List<Mention> mentions, int start, int end) {
    return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
  }
}
