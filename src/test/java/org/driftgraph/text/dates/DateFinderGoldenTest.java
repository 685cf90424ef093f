package org.driftgraph.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole texts under {@code text/dates/golden}: each {@code NAME.txt} beside {@code NAME.tsv}, whose
 * first line gives the language and published date and whose other lines list every date the text
 * writes (surface, ISO date, precision), in order. Chains of relative dates live here.
 */
class DateFinderGoldenTest {
  private static final Pattern HEADER = Pattern.compile("# language=(\\S+) published=(\\S+)");

  static Path folder() throws URISyntaxException {
    return Path.of(DateFinderGoldenTest.class.getResource("/text/dates/golden").toURI());
  }

  static Stream<Path> texts() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @Test
  void everyTextHasItsExpectationsAndEveryExpectationItsText()
      throws IOException, URISyntaxException {
    List<String> names;
    try (Stream<Path> files = Files.list(folder())) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).hasSizeGreaterThanOrEqualTo(2);
    for (String name : names) {
      String stem = name.substring(0, name.lastIndexOf('.'));
      String partner = name.endsWith(".txt") ? stem + ".tsv" : stem + ".txt";
      assertThat(names).as("partner of %s", name).contains(partner);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void findsTheDatesListedBesideTheText(Path textFile) throws IOException {
    String name = textFile.getFileName().toString();
    Path expectedFile = textFile.resolveSibling(name.replaceFirst("\\.txt$", ".tsv"));
    List<String> lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    Matcher header = HEADER.matcher(lines.get(0));
    assertThat(header.matches())
        .as("%s starts with '# language=.. published=..'", expectedFile)
        .isTrue();
    String published = header.group(2).equals("-") ? null : header.group(2);
    String text = Files.readString(textFile, StandardCharsets.UTF_8);

    List<DateMention> found = new DateFinder().find(text, header.group(1), published);

    List<String> expected = lines.stream().skip(1).filter(line -> !line.isBlank()).toList();
    assertThat(found)
        .extracting(m -> m.surface() + "\t" + m.iso() + "\t" + m.precision().value())
        .as(name)
        .containsExactlyElementsOf(expected);
  }
}
