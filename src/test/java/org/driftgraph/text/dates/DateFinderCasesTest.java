package org.driftgraph.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One sentence per case from {@code text/dates/cases.tsv}: every date it writes, and nothing else,
 * with its surface, ISO date and precision.
 */
class DateFinderCasesTest {
  private static final DateFinder FINDER = new DateFinder();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = DateFinderCasesTest.class.getResourceAsStream("/text/dates/cases.tsv")) {
      assertThat(in).as("cases.tsv on the test classpath").isNotNull();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank() || lines[i].startsWith("#")) {
          continue;
        }
        String[] fields = lines[i].split("\t");
        assertThat(fields).as("cases.tsv line %d has 4 tab-separated fields", i + 1).hasSize(4);
        String published = fields[1].equals("-") ? null : fields[1];
        cases.add(Arguments.of(i + 1, fields[0], published, fields[2], expected(fields[3])));
      }
    }
    return cases.stream();
  }

  /** "surface = iso precision ; ..." as the strings {@link #describe} gives, or none for "-". */
  private static List<String> expected(String field) {
    if (field.equals("-")) {
      return List.of();
    }
    return Arrays.stream(field.split(" ; ")).map(String::strip).toList();
  }

  static String describe(DateMention mention) {
    return mention.surface() + " = " + mention.iso() + " " + mention.precision().value();
  }

  @ParameterizedTest(name = "line {0}: {3}")
  @MethodSource("cases")
  void findsExactlyTheDatesWritten(
      int line, String language, String published, String text, List<String> expected) {
    List<DateMention> found = FINDER.find(text, language, published);

    assertThat(found)
        .extracting(DateFinderCasesTest::describe)
        .as("cases.tsv line %d", line)
        .containsExactlyElementsOf(expected);
    for (DateMention mention : found) {
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.surface());
    }
  }
}
