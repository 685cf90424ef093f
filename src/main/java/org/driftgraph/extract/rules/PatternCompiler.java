package org.driftgraph.extract.rules;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.driftgraph.text.ArabicNormalization;
import org.driftgraph.text.BranchedPattern;

/**
 * Turns a pattern as an analyst writes it in the rule files into a regular expression over
 * normalized text (see {@link ArabicNormalization}).
 *
 * <ul>
 *   <li>{@code {NAME}} is replaced by the macro NAME of {@code morphology.json} (the Arabic
 *       prefixes and suffixes), so a stem is written once with the affixes it takes.
 *   <li>Arabic letters are folded as the text is (أ to ا, ة to ه, ى to ي, harakat dropped), so
 *       patterns can be written as Arabic is spelled; everything else is left as written, so Latin
 *       must be written in lower case.
 *   <li>The whole pattern must start and end on word boundaries: "ban" never matches in "bank". A
 *       pattern that starts with an apostrophe is a clitic and attaches to the word before it: the
 *       English possessive {@code 's} of "Google's YouTube".
 * </ul>
 */
final class PatternCompiler {
  private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z0-9_]*)\\}");
  private static final String LETTER = "[\\p{L}\\p{N}]";

  /** An apostrophe first, inside any opening groups: "'s", "(?:'s)". */
  private static final Pattern CLITIC = Pattern.compile("(?:\\(\\?:)*'");

  private final Map<String, String> macros;
  private final Map<Pattern, BranchedPattern> branched = new IdentityHashMap<>();

  PatternCompiler(Map<String, String> macros) {
    this.macros = Map.copyOf(macros);
  }

  /** Compiles {@code source}; {@code where} names the file and entry for error messages. */
  Pattern compile(String source, String where) {
    String expanded = expand(source, where);
    String start = CLITIC.matcher(source).lookingAt() ? "" : "(?<!" + LETTER + ")";
    try {
      return Pattern.compile(start + "(?:" + foldArabic(expanded) + ")(?!" + LETTER + ")");
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          where + ": bad pattern '" + source + "': " + e.getDescription(), e);
    }
  }

  /**
   * Compiles the alternatives {@code sources} as one pattern, {@code (?:a)|(?:b)|…}, exactly as
   * {@link #compile} compiles them joined, and records the branches, which {@link #branched} then
   * gives for that pattern (the prefilter tries each branch only where it can match).
   */
  Pattern compileAlternatives(List<String> sources, String where) {
    List<String> wrapped = sources.stream().map(p -> "(?:" + p + ")").toList();
    String joined = String.join("|", wrapped);
    Pattern whole = compile(joined, where);
    String start = CLITIC.matcher(joined).lookingAt() ? "" : "(?<!" + LETTER + ")";
    List<String> branches = wrapped.stream().map(p -> foldArabic(expand(p, where))).toList();
    branched.put(whole, new BranchedPattern(whole, start + "(?:", branches, ")(?!" + LETTER + ")"));
    return whole;
  }

  /** The branches of a pattern {@link #compileAlternatives} compiled, else the pattern alone. */
  BranchedPattern branched(Pattern pattern) {
    BranchedPattern known = branched.get(pattern);
    return known != null ? known : BranchedPattern.of(pattern);
  }

  private String expand(String source, String where) {
    Matcher m = MACRO.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) {
        throw new IllegalArgumentException(
            where
                + ": pattern '"
                + source
                + "' uses unknown macro {"
                + m.group(1)
                + "} (known: "
                + macros.keySet()
                + ")");
      }
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Folds Arabic letters one by one; regex syntax (ASCII) is never touched. */
  static String foldArabic(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        out.append(ArabicNormalization.normalize(String.valueOf(c)).normalized());
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
