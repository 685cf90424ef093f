package org.driftgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
  @Test
  void splitsOnEveryLineEndAndNumbersLines() throws IOException {
    assertThat(readAll("a\r\nb\rc\n\nd", 10))
        .containsExactly(
            new BoundedLineReader.Line(1, "a"),
            new BoundedLineReader.Line(2, "b"),
            new BoundedLineReader.Line(3, "c"),
            new BoundedLineReader.Line(4, ""),
            new BoundedLineReader.Line(5, "d"));
  }

  @Test
  void lineOverTheLimitIsReportedWithoutItsTextAndReadingGoesOn() throws IOException {
    List<BoundedLineReader.Line> lines = readAll("12345\n123456789\nok", 5);

    assertThat(lines)
        .extracting(BoundedLineReader.Line::tooLong)
        .containsExactly(false, true, false);
    assertThat(lines.get(2)).isEqualTo(new BoundedLineReader.Line(3, "ok"));
  }

  private static List<BoundedLineReader.Line> readAll(String input, int max) throws IOException {
    BoundedLineReader reader =
        new BoundedLineReader(new BufferedReader(new StringReader(input)), max);
    List<BoundedLineReader.Line> lines = new ArrayList<>();
    for (BoundedLineReader.Line line = reader.next(); line != null; line = reader.next()) {
      lines.add(line);
    }
    return lines;
  }
}
