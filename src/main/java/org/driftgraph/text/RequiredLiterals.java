package org.driftgraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
 * Literal strings that every match of a regular expression contains: for {@code
 * {V}(?:هجر|هاجر|غادر){VS}} the stems هجر، هاجر، غادر, whatever prefixes and suffixes the macros
 * add. Derived from the pattern's syntax (the way a code search engine picks the trigrams of a
 * regex): a sequence contains what any of its parts contains, an alternative what each of its
 * options does, an optional part nothing. Only the text a match consumes counts: a lookahead or
 * lookbehind may look outside the stretch a matcher searches, so its words prove nothing there.
 *
 * <p>None is derived (the pattern must always be tried) for a pattern with flags, with syntax
 * {@link RegexTree} does not read, or whose matches need contain no fixed text at all ({@code
 * \S+}).
 */
public final class RequiredLiterals {
  /** Beyond this many strings a set of exact texts is summed up by what they contain. */
  static final int MAX_STRINGS = 512;

  private RequiredLiterals() {}

  /** What every match of {@code pattern} contains at least one of; empty when nothing is known. */
  public static Optional<Set<String>> of(Pattern pattern) {
    if (pattern.flags() != 0) {
      return Optional.empty();
    }
    Node root;
    try {
      root = RegexTree.parse(pattern.pattern());
    } catch (RegexTree.Unsupported e) {
      return Optional.empty();
    }
    return Optional.ofNullable(info(root).literals());
  }

  /**
   * What is known of the texts a node matches: all of them ({@code exact}, at most {@link
   * #MAX_STRINGS}, possibly with the empty string), or strings one of which each contains ({@code
   * any}), or nothing (both null).
   */
  private record Info(Set<String> exact, Set<String> any) {
    static final Info UNKNOWN = new Info(null, null);
    static final Info EMPTY = new Info(Set.of(""), null);

    /** Strings one of which each match contains, or null. */
    Set<String> literals() {
      if (exact != null) {
        return exact.contains("") ? null : minimal(exact);
      }
      return any;
    }
  }

  private static Info info(Node node) {
    if (node instanceof Literal l) {
      return new Info(Set.of(String.valueOf(l.c())), null);
    }
    if (node instanceof CharClass c) {
      return c.members() == null ? Info.UNKNOWN : new Info(strings(c.members()), null);
    }
    if (node instanceof Anchor || node instanceof Look) {
      return Info.EMPTY;
    }
    if (node instanceof Seq s) {
      return sequence(s.items().stream().map(RequiredLiterals::info).toList());
    }
    if (node instanceof Alt a) {
      return alternative(a.options().stream().map(RequiredLiterals::info).toList());
    }
    if (node instanceof Repeat r) {
      return repeat(info(r.body()), r.min(), r.max());
    }
    return Info.UNKNOWN; // Opaque: a back reference or the like
  }

  private static Set<String> strings(Set<Character> chars) {
    Set<String> out = new LinkedHashSet<>();
    chars.forEach(c -> out.add(String.valueOf(c)));
    return out;
  }

  /**
   * Exact when every part is and the product stays small; else the best of what its parts contain:
   * runs of exact parts multiplied out as far as they stay small, and each other part's strings.
   */
  private static Info sequence(List<Info> parts) {
    List<Set<String>> candidates = new ArrayList<>();
    Set<String> whole = Set.of("");
    Set<String> run = Set.of("");
    for (Info part : parts) {
      if (part.exact() != null) {
        Set<String> longer = product(run, part.exact());
        if (longer == null) {
          addRun(candidates, run);
          run = part.exact();
        } else {
          run = longer;
        }
        whole = whole == null ? null : product(whole, part.exact());
      } else {
        addRun(candidates, run);
        run = Set.of("");
        whole = null;
        if (part.any() != null) {
          candidates.add(part.any());
        }
      }
    }
    if (whole != null) {
      return new Info(whole, null);
    }
    addRun(candidates, run);
    return new Info(null, best(candidates));
  }

  private static void addRun(List<Set<String>> candidates, Set<String> run) {
    if (!run.contains("")) {
      candidates.add(minimal(run));
    }
  }

  private static Info alternative(List<Info> options) {
    if (options.stream().allMatch(o -> o.exact() != null)) {
      Set<String> union = new LinkedHashSet<>();
      options.forEach(o -> union.addAll(o.exact()));
      if (union.size() <= MAX_STRINGS) {
        return new Info(union, null);
      }
    }
    Set<String> union = new LinkedHashSet<>();
    for (Info option : options) {
      Set<String> literals = option.literals();
      if (literals == null) {
        return Info.UNKNOWN;
      }
      union.addAll(literals);
    }
    return new Info(null, minimal(union));
  }

  private static Info repeat(Info body, int min, int max) {
    if (min == 0) {
      if (max == 1 && body.exact() != null) {
        Set<String> optional = new LinkedHashSet<>(body.exact());
        optional.add("");
        return new Info(optional, null);
      }
      return Info.UNKNOWN;
    }
    if (min == max && body.exact() != null) {
      Set<String> times = Set.of("");
      for (int i = 0; i < min && times != null; i++) {
        times = product(times, body.exact());
      }
      if (times != null) {
        return new Info(times, null);
      }
    }
    // At least one repetition, each of which contains what the body contains.
    return new Info(null, body.literals());
  }

  /** Every a + b, or null when there would be more than {@link #MAX_STRINGS}. */
  private static Set<String> product(Set<String> left, Set<String> right) {
    if ((long) left.size() * right.size() > MAX_STRINGS) {
      return null;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String a : left) {
      for (String b : right) {
        out.add(a + b);
      }
    }
    return out;
  }

  /** Without the strings that contain another of the set: finding the shorter one is enough. */
  static Set<String> minimal(Set<String> strings) {
    List<String> byLength =
        strings.stream().sorted(Comparator.comparingInt(String::length)).toList();
    List<String> kept = new ArrayList<>();
    for (String s : byLength) {
      if (kept.stream().noneMatch(s::contains)) {
        kept.add(s);
      }
    }
    return Set.copyOf(new HashSet<>(kept));
  }

  /** The most selective set: the longest shortest string, then the fewest strings. */
  private static Set<String> best(List<Set<String>> candidates) {
    return candidates.stream()
        .max(
            Comparator.comparingInt(RequiredLiterals::shortest)
                .thenComparing(Comparator.comparingInt(Set<String>::size).reversed()))
        .orElse(null);
  }

  static int shortest(Set<String> strings) {
    return strings.stream().mapToInt(String::length).min().orElse(0);
  }
}
