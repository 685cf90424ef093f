package org.driftgraph.serve.bloom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column names of a query's final {@code RETURN}: what a search phrase wrapping a saved query
 * must name to read its rows. Only the top level counts: a {@code RETURN} inside a {@code CALL}
 * subquery or a {@code COLLECT {}} is skipped by bracket depth, and text in strings, quoted names
 * and comments is not read as Cypher.
 */
final class ReturnColumns {
  private static final Pattern ALIAS =
      Pattern.compile("(?is).*\\sAS\\s+([A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)+`)\\s*");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|`(?:[^`]|``)+`");
  private static final List<String> ENDS = List.of("ORDER", "SKIP", "OFFSET", "LIMIT", "UNION");

  private ReturnColumns() {}

  /** The columns in order, as plain names; an item without an alias is an error naming it. */
  static List<String> of(String cypher) {
    List<Token> tokens = tokens(cypher);
    int start = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).depth == 0 && tokens.get(i).isWord("RETURN")) {
        start = i + 1;
      }
    }
    if (start < 0) {
      throw new IllegalArgumentException("the query has no top-level RETURN");
    }
    if (start < tokens.size() && tokens.get(start).isWord("DISTINCT")) {
      start++;
    }
    List<String> columns = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = start; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.depth == 0 && ENDS.stream().anyMatch(token::isWord)) {
        break;
      }
      if (token.depth == 0 && token.text.equals(",")) {
        columns.add(name(item.toString()));
        item.setLength(0);
      } else {
        item.append(token.text);
      }
    }
    columns.add(name(item.toString()));
    return List.copyOf(columns);
  }

  private static String name(String item) {
    String text = item.strip();
    Matcher alias = ALIAS.matcher(text);
    String name = alias.matches() ? alias.group(1) : VARIABLE.matcher(text).matches() ? text : null;
    if (name == null) {
      throw new IllegalArgumentException(
          "the RETURN item '" + text + "' has no name: give it one with AS");
    }
    return name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`") : name;
  }

  /**
   * A run of the query's text at a bracket depth: a word, a quoted part, a comment or one
   * character.
   */
  private record Token(String text, int depth, boolean word) {
    boolean isWord(String keyword) {
      return word && text.toUpperCase(Locale.ROOT).equals(keyword);
    }
  }

  private static List<Token> tokens(String cypher) {
    List<Token> tokens = new ArrayList<>();
    int depth = 0;
    int i = 0;
    while (i < cypher.length()) {
      char c = cypher.charAt(i);
      int end;
      if (Character.isLetter(c) || c == '_') {
        end = i;
        while (end < cypher.length()
            && (Character.isLetterOrDigit(cypher.charAt(end)) || cypher.charAt(end) == '_')) {
          end++;
        }
        tokens.add(new Token(cypher.substring(i, end), depth, true));
        i = end;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') {
        end = closing(cypher, i, c);
      } else if (cypher.startsWith("//", i)) {
        end = cypher.indexOf('\n', i);
        end = end < 0 ? cypher.length() : end;
      } else if (cypher.startsWith("/*", i)) {
        end = cypher.indexOf("*/", i + 2);
        end = end < 0 ? cypher.length() : end + 2;
      } else {
        end = i + 1;
        if (c == ')' || c == ']' || c == '}') {
          depth--;
        }
      }
      tokens.add(new Token(cypher.substring(i, end), depth, false));
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      }
      i = end;
    }
    return tokens;
  }

  /**
   * The end (exclusive) of the quoted part opening at {@code start}; backslash escapes in strings.
   */
  private static int closing(String cypher, int start, char quote) {
    int i = start + 1;
    while (i < cypher.length()) {
      char c = cypher.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    throw new IllegalArgumentException("unclosed " + quote + " in the query");
  }
}
