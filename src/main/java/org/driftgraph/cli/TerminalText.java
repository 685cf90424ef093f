package org.driftgraph.cli;

/**
 * Text from the input (file names, titles, reasons that quote them) made safe for a terminal: a
 * file named with a newline and ANSI escapes must not fake a line of output or recolour the screen.
 * Control characters, and the Unicode format characters that reorder or hide text, become visible
 * escapes.
 */
final class TerminalText {
  private TerminalText() {}

  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSafe(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isSafe(char c) {
    if (Character.isISOControl(c)) {
      return false;
    }
    // Bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069), zero-width and
    // other format characters can make a name read as something else; Arabic letters are not
    // format characters, so Arabic names pass unchanged.
    return Character.getType(c) != Character.FORMAT;
  }
}
