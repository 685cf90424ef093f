package org.driftgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Reads lines like {@link BufferedReader#readLine()}, but never holds more than {@code maxChars} of
 * one line: a longer line is skipped to its end and reported as too long, so one runaway line
 * cannot exhaust memory.
 */
final class BoundedLineReader {
  /** One line; {@code text} is null when the line was longer than the limit. */
  record Line(int number, String text) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final BufferedReader reader;
  private final int maxChars;
  private int lineNumber;

  BoundedLineReader(BufferedReader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the input. Line ends: \n, \r\n or \r. */
  Line next() throws IOException {
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    int c = reader.read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n' && c != '\r') {
      if (line.length() == maxChars) {
        tooLong = true;
        line.setLength(0);
      }
      if (!tooLong) {
        line.append((char) c);
      }
      c = reader.read();
    }
    if (c == '\r') {
      reader.mark(1);
      if (reader.read() != '\n') {
        reader.reset();
      }
    }
    lineNumber++;
    return new Line(lineNumber, tooLong ? null : line.toString());
  }
}
