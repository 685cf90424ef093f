package org.driftgraph.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.text.RegexTree.Alt;
import org.driftgraph.text.RegexTree.Anchor;
import org.driftgraph.text.RegexTree.CharClass;
import org.driftgraph.text.RegexTree.Literal;
import org.driftgraph.text.RegexTree.Look;
import org.driftgraph.text.RegexTree.Node;
import org.driftgraph.text.RegexTree.Repeat;
import org.driftgraph.text.RegexTree.Seq;

/**
 * Random texts drawn from a pattern's syntax tree, so that tests can try a pattern on text it
 * matches without anyone writing examples: every option of an alternative, every count of a
 * repetition (up to two more than its minimum) and every member of a class can come out. A
 * lookbehind's text is written before what follows it and a lookahead's after, when it ends its
 * sequence; negative lookarounds are left to chance. Most samples match; tests count those that do.
 */
public final class RegexSampler {
  /** Characters a class with no listed members is filled from: Latin, Arabic, digits, marks. */
  private static final String POOL =
      "abcdefghijklmnopqrstuvwxyz0123456789"
          + "ابتثجحخدذرزسشصضطظعغفقكلمنهويءؤئ"
          + "  \n،,.؛:'\"«»()-";

  private final Map<String, Pattern> classes = new HashMap<>();
  private final Random random;

  public RegexSampler(Random random) {
    this.random = random;
  }

  /** A text the pattern very likely matches, built from its syntax. */
  public String sample(Pattern pattern) {
    StringBuilder out = new StringBuilder();
    write(RegexTree.parse(pattern.pattern()), out);
    return out.toString();
  }

  /**
   * The classes of {@code pattern} that {@link RequiredLiterals} reads as a short list of
   * characters, with that list, so a test can check the list against the regex engine.
   */
  public static Map<String, Set<Character>> listedClasses(Pattern pattern) {
    Map<String, Set<Character>> out = new LinkedHashMap<>();
    collect(RegexTree.parse(pattern.pattern()), out);
    return out;
  }

  private static void collect(Node node, Map<String, Set<Character>> out) {
    if (node instanceof CharClass c && c.members() != null) {
      out.put(c.source(), c.members());
    } else if (node instanceof Look l) {
      collect(l.body(), out);
    } else if (node instanceof Seq s) {
      s.items().forEach(i -> collect(i, out));
    } else if (node instanceof Alt a) {
      a.options().forEach(o -> collect(o, out));
    } else if (node instanceof Repeat r) {
      collect(r.body(), out);
    }
  }

  private void write(Node node, StringBuilder out) {
    if (node instanceof Literal l) {
      out.append(l.c());
    } else if (node instanceof CharClass c) {
      out.append(member(c));
    } else if (node instanceof Look l) {
      if (l.behind() && !l.negative()) {
        write(l.body(), out);
      }
    } else if (node instanceof Seq s) {
      List<Node> items = s.items();
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        if (item instanceof Look l && !l.behind() && !l.negative()) {
          if (zeroWidthFrom(items, i + 1)) {
            write(l.body(), out);
          }
        } else {
          write(item, out);
        }
      }
    } else if (node instanceof Alt a) {
      write(a.options().get(random.nextInt(a.options().size())), out);
    } else if (node instanceof Repeat r) {
      int extra = random.nextInt(3);
      int count = r.max() < 0 ? r.min() + extra : Math.min(r.max(), r.min() + extra);
      for (int i = 0; i < count; i++) {
        write(r.body(), out);
      }
    }
    // Anchors and opaque nodes write nothing.
  }

  private static boolean zeroWidthFrom(List<Node> items, int from) {
    return items.subList(from, items.size()).stream()
        .allMatch(n -> n instanceof Anchor || n instanceof Look);
  }

  private char member(CharClass c) {
    if (c.members() != null) {
      List<Character> members = List.copyOf(c.members());
      return members.get(random.nextInt(members.size()));
    }
    Pattern one = classes.computeIfAbsent(c.source(), Pattern::compile);
    for (int tries = 0; tries < 100; tries++) {
      char candidate = POOL.charAt(random.nextInt(POOL.length()));
      if (one.matcher(String.valueOf(candidate)).matches()) {
        return candidate;
      }
    }
    return 'x';
  }
}
