package org.driftgraph.extract.discover;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin name an Arabic article gives in brackets right after an Arabic one (منصة «كاستوبود»
 * (Castopod)، شركة «أو إس إن+» (OSN+)): the two are one name, so the bracket is another form of the
 * entity the Arabic name is read as, and when the bracket is a gazetteer name the Arabic one is a
 * new spelling of that known entity.
 */
final class LatinGlosses {
  /**
   * At the end of a name: a closing quote, a bracket holding one to four Latin words (digits, +, &,
   * dots and hyphens allowed: 8x8, OSN+, 1984 Hosting) that hold a letter, the closing bracket.
   */
  private static final Pattern GLOSS =
      Pattern.compile(
          "[»\"”’']?[ \\t]*\\([ \\t]*([\\p{IsLatin}\\d][\\p{IsLatin}\\d+&.'’\\-]*"
              + "(?: [\\p{IsLatin}\\d+&][\\p{IsLatin}\\d+&.'’\\-]*){0,3})[ \\t]*\\)");

  private LatinGlosses() {}

  /** The Latin name in brackets that starts at {@code end} of {@code text}, if any. */
  static Optional<String> after(String text, int end) {
    if (end >= text.length()) {
      return Optional.empty();
    }
    Matcher gloss = GLOSS.matcher(text);
    gloss.region(end, Math.min(text.length(), end + 80));
    if (!gloss.lookingAt()) {
      return Optional.empty();
    }
    String name = gloss.group(1);
    boolean capitalOrDigit =
        Character.isUpperCase(name.charAt(0)) || Character.isDigit(name.charAt(0));
    boolean letter =
        name.codePoints()
            .anyMatch(
                c ->
                    Character.isLetter(c)
                        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    return capitalOrDigit && letter ? Optional.of(name) : Optional.empty();
  }
}
