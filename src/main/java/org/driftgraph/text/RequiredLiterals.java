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

  /**
   * What every match of a pattern contains.
   *
   * @param literals every match contains at least one of these strings
   * @param reach how many characters after the start of a match, at most, such a literal starts; -1
   *     when that is not bounded (a repetition without limit before it)
   */
  public record Required(Set<String> literals, int reach) {
    public Required {
      literals = Set.copyOf(literals);
      if (literals.isEmpty() || literals.contains("")) {
        throw new IllegalArgumentException("no literal to require: " + literals);
      }
    }
  }

  /** What every match of {@code pattern} contains at least one of; empty when nothing is known. */
  public static Optional<Set<String>> of(Pattern pattern) {
    return required(pattern).map(Required::literals);
  }

  /** The literals of {@link #of} and how far into a match they start. */
  public static Optional<Required> required(Pattern pattern) {
    if (pattern.flags() != 0) {
      return Optional.empty();
    }
    Node root;
    try {
      root = RegexTree.parse(pattern.pattern());
    } catch (RegexTree.Unsupported e) {
      return Optional.empty();
    }
    Info info = info(root);
    Set<String> literals = info.literals();
    return literals == null
        ? Optional.empty()
        : Optional.of(new Required(literals, info.literalReach()));
  }

  /**
   * What a positive lookbehind at the start of every match contains: for {@code (?<=نفي\s)[^\s]+}
   * the literal نفي, which then lies in the {@code longest} characters before the start of a match
   * (the lookbehind sees outside a search's region, so this places the match, it does not require
   * text inside the region).
   *
   * @param literals the lookbehind's text contains at least one of these strings
   * @param longest the longest text the lookbehind reads, so how far before a match they end
   */
  public record Behind(Set<String> literals, int longest) {
    public Behind {
      literals = Set.copyOf(literals);
      if (literals.isEmpty() || literals.contains("") || longest < 0) {
        throw new IllegalArgumentException(
            "no bounded literal behind: " + literals + ", " + longest);
      }
    }
  }

  /**
   * The most selective positive lookbehind among the zero-width items a match of {@code pattern}
   * starts with; empty when there is none with literals and a bounded length.
   */
  public static Optional<Behind> behind(Pattern pattern) {
    if (pattern.flags() != 0) {
      return Optional.empty();
    }
    List<Look> looks = new ArrayList<>();
    try {
      leadingLooks(RegexTree.parse(pattern.pattern()), looks);
    } catch (RegexTree.Unsupported e) {
      return Optional.empty();
    }
    Behind best = null;
    for (Look look : looks) {
      if (!look.behind() || look.negative()) {
        continue;
      }
      Info info = info(look.body());
      Set<String> literals = info.literals();
      if (literals != null
          && info.longest() >= 0
          && (best == null || shortest(literals) > shortest(best.literals()))) {
        best = new Behind(literals, info.longest());
      }
    }
    return Optional.ofNullable(best);
  }

  /** Adds the lookarounds before the first item that may consume text; false once one may. */
  private static boolean leadingLooks(Node node, List<Look> out) {
    if (node instanceof Look look) {
      out.add(look);
      return true;
    }
    if (node instanceof Anchor) {
      return true;
    }
    if (node instanceof Seq s) {
      for (Node item : s.items()) {
        if (!leadingLooks(item, out)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * What is known of the texts a node matches: all of them ({@code exact}, at most {@link
   * #MAX_STRINGS}, possibly with the empty string), or strings one of which each contains ({@code
   * any}, starting at most {@code reach} characters into the match, -1 unbounded), or nothing (both
   * null); and the longest text it matches ({@code longest}, -1 unbounded).
   */
  private record Info(Set<String> exact, Set<String> any, int reach, int longest) {
    static final Info EMPTY = exact(Set.of(""));

    static Info exact(Set<String> strings) {
      return new Info(strings, null, -1, strings.stream().mapToInt(String::length).max().orElse(0));
    }

    static Info unknown(int longest) {
      return new Info(null, null, -1, longest);
    }

    /** Strings one of which each match contains, or null. */
    Set<String> literals() {
      if (exact != null) {
        return exact.contains("") ? null : minimal(exact);
      }
      return any;
    }

    /** How far into a match the literals start: a literal lies inside an exact text. */
    int literalReach() {
      return exact != null ? longest : reach;
    }
  }

  private static int sum(int a, int b) {
    return a < 0 || b < 0 ? -1 : a + b;
  }

  private static Info info(Node node) {
    if (node instanceof Literal l) {
      return Info.exact(Set.of(String.valueOf(l.c())));
    }
    if (node instanceof CharClass c) {
      // Without listed members a class may match a surrogate pair: two chars.
      return c.members() == null ? Info.unknown(2) : Info.exact(strings(c.members()));
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
    return Info.unknown(-1); // Opaque: a back reference or the like
  }

  private static Set<String> strings(Set<Character> chars) {
    Set<String> out = new LinkedHashSet<>();
    chars.forEach(c -> out.add(String.valueOf(c)));
    return out;
  }

  /** A candidate set of literals of a sequence and how far into the sequence they start. */
  private record Candidate(Set<String> literals, int reach) {}

  /**
   * Exact when every part is and the product stays small; else the best of what its parts contain:
   * runs of exact parts multiplied out as far as they stay small, and each other part's strings.
   */
  private static Info sequence(List<Info> parts) {
    List<Candidate> candidates = new ArrayList<>();
    Set<String> whole = Set.of("");
    Set<String> run = Set.of("");
    int runStart = 0;
    int offset = 0; // the longest text of the parts before this one, -1 unbounded
    int longest = 0;
    for (Info part : parts) {
      if (part.exact() != null) {
        Set<String> longer = product(run, part.exact());
        if (longer == null) {
          addRun(candidates, run, runStart);
          run = part.exact();
          runStart = offset;
        } else {
          run = longer;
        }
        whole = whole == null ? null : product(whole, part.exact());
      } else {
        addRun(candidates, run, runStart);
        run = Set.of("");
        whole = null;
        if (part.any() != null) {
          candidates.add(new Candidate(part.any(), sum(offset, part.reach())));
        }
      }
      offset = sum(offset, part.longest());
      longest = offset;
      if (run.size() == 1 && run.contains("")) {
        runStart = offset;
      }
    }
    if (whole != null) {
      return Info.exact(whole);
    }
    addRun(candidates, run, runStart);
    Candidate best = best(candidates);
    return best == null
        ? Info.unknown(longest)
        : new Info(null, best.literals(), best.reach(), longest);
  }

  private static void addRun(List<Candidate> candidates, Set<String> run, int runStart) {
    if (!run.contains("")) {
      int longest = run.stream().mapToInt(String::length).max().orElse(0);
      candidates.add(new Candidate(minimal(run), sum(runStart, longest)));
    }
  }

  private static Info alternative(List<Info> options) {
    int longest = 0;
    for (Info option : options) {
      longest = option.longest() < 0 || longest < 0 ? -1 : Math.max(longest, option.longest());
    }
    if (options.stream().allMatch(o -> o.exact() != null)) {
      Set<String> union = new LinkedHashSet<>();
      options.forEach(o -> union.addAll(o.exact()));
      if (union.size() <= MAX_STRINGS) {
        return Info.exact(union);
      }
    }
    Set<String> union = new LinkedHashSet<>();
    int reach = 0;
    for (Info option : options) {
      Set<String> literals = option.literals();
      if (literals == null) {
        return Info.unknown(longest);
      }
      union.addAll(literals);
      int optionReach = option.literalReach();
      reach = reach < 0 || optionReach < 0 ? -1 : Math.max(reach, optionReach);
    }
    return new Info(null, minimal(union), reach, longest);
  }

  private static Info repeat(Info body, int min, int max) {
    int longest =
        max < 0 ? (body.longest() == 0 ? 0 : -1) : body.longest() < 0 ? -1 : max * body.longest();
    if (min == 0) {
      if (max == 1 && body.exact() != null) {
        Set<String> optional = new LinkedHashSet<>(body.exact());
        optional.add("");
        return Info.exact(optional);
      }
      return Info.unknown(longest);
    }
    if (min == max && body.exact() != null) {
      Set<String> times = Set.of("");
      for (int i = 0; i < min && times != null; i++) {
        times = product(times, body.exact());
      }
      if (times != null) {
        return Info.exact(times);
      }
    }
    // At least one repetition, the first of which contains what the body contains.
    Set<String> literals = body.literals();
    return literals == null
        ? Info.unknown(longest)
        : new Info(null, literals, body.literalReach(), longest);
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

  /**
   * The most selective set: the longest shortest string, then a bounded reach, then the fewest
   * strings.
   */
  private static Candidate best(List<Candidate> candidates) {
    return candidates.stream()
        .max(
            Comparator.comparingInt((Candidate c) -> shortest(c.literals()))
                .thenComparing(c -> c.reach() >= 0)
                .thenComparing(
                    Comparator.comparingInt((Candidate c) -> c.literals().size()).reversed()))
        .orElse(null);
  }

  static int shortest(Set<String> strings) {
    return strings.stream().mapToInt(String::length).min().orElse(0);
  }
}
