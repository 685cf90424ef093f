package org.driftgraph.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The syntax tree of a {@link java.util.regex.Pattern} source, as far as {@link RequiredLiterals}
 * needs it: literal characters, small character classes, sequences, alternatives, repetitions and
 * lookarounds. Anything it does not know (inline flags, unknown escapes) is refused with {@link
 * Unsupported}, so that a pattern it cannot read is never under-estimated: it is simply always
 * tried.
 */
final class RegexTree {
  /** Classes of more characters than this are not listed (a range like a-z is just "a letter"). */
  static final int MAX_CLASS = 12;

  private RegexTree() {}

  sealed interface Node permits Literal, CharClass, Anchor, Look, Seq, Alt, Repeat, Opaque {}

  /** One character, matched as written. */
  record Literal(char c) implements Node {}

  /**
   * One character of a class ({@code [وف]}, {@code \s}, {@code .}); {@code members} lists them when
   * the class is a short list of plain characters, else is null.
   */
  record CharClass(String source, Set<Character> members) implements Node {}

  /** A zero-width assertion: ^, $, \b and the like. */
  record Anchor(String source) implements Node {}

  /** A lookahead or lookbehind: zero-width, and free to look outside a matcher's region. */
  record Look(boolean behind, boolean negative, Node body) implements Node {}

  record Seq(List<Node> items) implements Node {}

  record Alt(List<Node> options) implements Node {}

  /** {@code body} at least {@code min} and at most {@code max} times; max -1 is unbounded. */
  record Repeat(Node body, int min, int max) implements Node {}

  /** Text of unknown content (a back reference, \R, \X). */
  record Opaque(String source) implements Node {}

  /** A construct this reader does not handle; the caller treats the pattern as unreadable. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String what, String regex, int at) {
      super(what + " at " + at + " of " + regex);
    }
  }

  static Node parse(String regex) {
    Parser parser = new Parser(regex);
    Node node = parser.alternation();
    if (parser.pos != regex.length()) {
      throw new Unsupported("unbalanced ')'", regex, parser.pos);
    }
    return node;
  }

  private static final class Parser {
    private final String regex;
    private int pos;

    Parser(String regex) {
      this.regex = regex;
    }

    Node alternation() {
      List<Node> options = new ArrayList<>();
      options.add(sequence());
      while (pos < regex.length() && regex.charAt(pos) == '|') {
        pos++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : new Alt(List.copyOf(options));
    }

    private Node sequence() {
      List<Node> items = new ArrayList<>();
      while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
        items.add(quantified(atom()));
      }
      return new Seq(List.copyOf(items));
    }

    private Node quantified(Node atom) {
      Node node = atom;
      while (pos < regex.length()) {
        char c = regex.charAt(pos);
        int min;
        int max;
        if (c == '?') {
          min = 0;
          max = 1;
          pos++;
        } else if (c == '*') {
          min = 0;
          max = -1;
          pos++;
        } else if (c == '+') {
          min = 1;
          max = -1;
          pos++;
        } else if (c == '{') {
          int close = regex.indexOf('}', pos);
          if (close < 0) {
            throw new Unsupported("'{' without '}'", regex, pos);
          }
          String[] bounds = regex.substring(pos + 1, close).split(",", -1);
          try {
            min = Integer.parseInt(bounds[0].trim());
            max =
                bounds.length == 1
                    ? min
                    : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].trim());
          } catch (NumberFormatException e) {
            throw new Unsupported("bad repetition", regex, pos);
          }
          if (bounds.length > 2) {
            throw new Unsupported("bad repetition", regex, pos);
          }
          pos = close + 1;
        } else {
          break;
        }
        // Lazy and possessive forms match the same kind of text.
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
          pos++;
        }
        node = new Repeat(node, min, max);
      }
      return node;
    }

    private Node atom() {
      char c = regex.charAt(pos);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '\\':
          return escape();
        case '.':
          pos++;
          return new CharClass(".", null);
        case '^':
        case '$':
          pos++;
          return new Anchor(String.valueOf(c));
        case '*':
        case '+':
        case '?':
        case '{':
          throw new Unsupported("dangling quantifier", regex, pos);
        default:
          pos++;
          return new Literal(c);
      }
    }

    private Node group() {
      pos++;
      Node body;
      if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
        pos += 2;
        body = alternation();
      } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
        boolean negative = regex.charAt(pos + 1) == '!';
        pos += 2;
        body = new Look(false, negative, alternation());
      } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
        boolean negative = regex.charAt(pos + 2) == '!';
        pos += 3;
        body = new Look(true, negative, alternation());
      } else if (regex.startsWith("?<", pos)) {
        int close = regex.indexOf('>', pos);
        if (close < 0) {
          throw new Unsupported("unclosed group name", regex, pos);
        }
        pos = close + 1;
        body = alternation();
      } else if (regex.startsWith("?", pos)) {
        throw new Unsupported("inline flags", regex, pos);
      } else {
        body = alternation();
      }
      if (pos >= regex.length() || regex.charAt(pos) != ')') {
        throw new Unsupported("unclosed group", regex, pos);
      }
      pos++;
      return body;
    }

    /** A bracketed class, nested classes and all; listed only when it is a few plain characters. */
    private Node charClass() {
      int start = pos;
      pos++;
      int depth = 1;
      while (depth > 0) {
        if (pos >= regex.length()) {
          throw new Unsupported("unclosed class", regex, start);
        }
        char c = regex.charAt(pos);
        if (c == '\\') {
          skipEscapeInClass();
          continue;
        }
        if (c == '[') {
          depth++;
        } else if (c == ']' && pos > start + 1 && !regex.startsWith("[^]", pos - 2)) {
          depth--;
        }
        pos++;
      }
      String source = regex.substring(start, pos);
      return new CharClass(source, members(source.substring(1, source.length() - 1)));
    }

    private void skipEscapeInClass() {
      pos += 2;
      char c = regex.charAt(pos - 1);
      if ((c == 'p' || c == 'P' || c == 'x' || c == 'N')
          && pos < regex.length()
          && regex.charAt(pos) == '{') {
        pos = regex.indexOf('}', pos) + 1;
        if (pos == 0) {
          throw new Unsupported("unclosed '{'", regex, pos);
        }
      } else if (c == 'Q') {
        int end = regex.indexOf("\\E", pos);
        pos = end < 0 ? regex.length() : end + 2;
      }
    }

    /** The characters of a class body made of plain characters and short ranges, else null. */
    private static Set<Character> members(String body) {
      if (body.isEmpty()
          || body.charAt(0) == '^'
          || body.charAt(0) == ']'
          || body.indexOf('\\') >= 0
          || body.indexOf('[') >= 0
          || body.indexOf(']') >= 0
          || body.contains("&&")) {
        return null;
      }
      Set<Character> out = new LinkedHashSet<>();
      for (int i = 0; i < body.length(); i++) {
        char from = body.charAt(i);
        if (i + 2 < body.length() && body.charAt(i + 1) == '-') {
          char to = body.charAt(i + 2);
          if (to < from || to - from >= MAX_CLASS) {
            return null;
          }
          for (char c = from; c <= to; c++) {
            out.add(c);
          }
          i += 2;
        } else {
          out.add(from);
        }
        if (out.size() > MAX_CLASS) {
          return null;
        }
      }
      return Set.copyOf(out);
    }

    private Node escape() {
      int start = pos;
      pos++;
      if (pos >= regex.length()) {
        throw new Unsupported("trailing backslash", regex, start);
      }
      char c = regex.charAt(pos++);
      switch (c) {
        case 'd', 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V':
          return new CharClass(regex.substring(start, pos), null);
        case 'p', 'P', 'N':
          if (pos < regex.length() && regex.charAt(pos) == '{') {
            skipBraces(start);
          } else if (c != 'N') {
            pos++;
          }
          return new CharClass(regex.substring(start, pos), null);
        case 'b':
          if (pos < regex.length() && regex.charAt(pos) == '{') {
            skipBraces(start);
          }
          return new Anchor(regex.substring(start, pos));
        case 'B', 'A', 'z', 'Z', 'G':
          return new Anchor(regex.substring(start, pos));
        case 'R', 'X':
          return new Opaque(regex.substring(start, pos));
        case 'k':
          skipTo('>', start);
          return new Opaque(regex.substring(start, pos));
        case 'n':
          return new Literal('\n');
        case 't':
          return new Literal('\t');
        case 'r':
          return new Literal('\r');
        case 'f':
          return new Literal('\f');
        case 'a':
          return new Literal('\u0007');
        case 'e':
          return new Literal('\u001B');
        case 'u':
          return hex(4, start);
        case 'x':
          if (pos < regex.length() && regex.charAt(pos) == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0 || close - pos > 5) {
              throw new Unsupported("bad \\x{}", regex, start);
            }
            int value = Integer.parseInt(regex.substring(pos + 1, close), 16);
            pos = close + 1;
            return value > 0xFFFF
                ? new Opaque(regex.substring(start, pos))
                : new Literal((char) value);
          }
          return hex(2, start);
        case 'Q':
          {
            int end = regex.indexOf("\\E", pos);
            String quoted = regex.substring(pos, end < 0 ? regex.length() : end);
            pos = end < 0 ? regex.length() : end + 2;
            List<Node> items = new ArrayList<>();
            quoted.chars().forEach(ch -> items.add(new Literal((char) ch)));
            return new Seq(List.copyOf(items));
          }
        default:
          if (c >= '0' && c <= '9') {
            // \0 is octal, \1..\9 a back reference: neither is worth reading precisely.
            while (pos < regex.length() && Character.isDigit(regex.charAt(pos))) {
              pos++;
            }
            return new Opaque(regex.substring(start, pos));
          }
          if (Character.isLetter(c)) {
            throw new Unsupported("unknown escape \\" + c, regex, start);
          }
          return new Literal(c);
      }
    }

    private Node hex(int digits, int start) {
      if (pos + digits > regex.length()) {
        throw new Unsupported("short hex escape", regex, start);
      }
      try {
        char value = (char) Integer.parseInt(regex.substring(pos, pos + digits), 16);
        pos += digits;
        return new Literal(value);
      } catch (NumberFormatException e) {
        throw new Unsupported("bad hex escape", regex, start);
      }
    }

    private void skipBraces(int start) {
      skipTo('}', start);
    }

    private void skipTo(char close, int start) {
      int end = regex.indexOf(close, pos);
      if (end < 0) {
        throw new Unsupported("unclosed escape", regex, start);
      }
      pos = end + 1;
    }
  }
}
