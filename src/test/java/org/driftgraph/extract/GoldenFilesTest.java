package org.driftgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.driftgraph.model.Article;
import org.driftgraph.model.Claim;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The extraction rules on sentences of our own: every {@code NAME.input} under
 * src/test/resources/extract/golden (a header of {@code language:} and {@code published:} lines, a
 * line {@code ---}, then the text) is extracted with the rules of import/ and must give exactly the
 * claims of {@code NAME.output}, one per line, sorted: {@code TYPE subject -> object [from=a,b]
 * [events=e,f] modality=m [date=iso]}. An empty output file means the text must yield no claim.
 */
class GoldenFilesTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "extract", "golden");
  private static final Extractor EXTRACTOR = Extraction.load(Path.of("import")).extractor();

  @Test
  void everyInputHasItsOutputAndEveryOutputItsInput() throws IOException {
    Map<String, TreeSet<String>> kinds = new TreeMap<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".input") || n.endsWith(".output"))
          .forEach(
              n ->
                  kinds
                      .computeIfAbsent(n.substring(0, n.lastIndexOf('.')), k -> new TreeSet<>())
                      .add(n.substring(n.lastIndexOf('.') + 1)));
    }
    List<String> unmatched =
        kinds.entrySet().stream()
            .filter(e -> e.getValue().size() != 2)
            .map(e -> e.getKey() + " has only ." + e.getValue().first())
            .toList();
    assertThat(unmatched).as("golden files without their pair").isEmpty();
    assertThat(kinds).as("golden pairs").hasSizeGreaterThanOrEqualTo(25);
  }

  @TestFactory
  Stream<DynamicTest> eachInputGivesItsOutput() throws IOException {
    List<Path> inputs;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      inputs = files.filter(f -> f.toString().endsWith(".input")).sorted().toList();
    }
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    input.getFileName().toString(),
                    () -> {
                      Path output = Path.of(input.toString().replaceAll("\\.input$", ".output"));
                      String expected =
                          Files.isRegularFile(output)
                              ? Files.readString(output, StandardCharsets.UTF_8).strip()
                              : "(no .output file)";
                      assertThat(render(EXTRACTOR.extract(article(input)).claims()))
                          .as(input.toString())
                          .isEqualTo(expected);
                    }));
  }

  /** The claims one per line, sorted and without repeats. */
  static String render(List<Claim> claims) {
    return claims.stream()
        .map(GoldenFilesTest::line)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .collect(Collectors.joining("\n"));
  }

  private static String line(Claim claim) {
    StringBuilder out =
        new StringBuilder()
            .append(claim.type())
            .append(' ')
            .append(claim.subjectId())
            .append(" -> ")
            .append(claim.objectId());
    if (!claim.fromIds().isEmpty()) {
      out.append(" from=").append(String.join(",", claim.fromIds()));
    }
    if (!claim.eventIds().isEmpty()) {
      out.append(" events=").append(String.join(",", claim.eventIds()));
    }
    out.append(" modality=").append(claim.modality().value());
    if (claim.date() != null) {
      out.append(" date=").append(claim.date());
    }
    return out.toString();
  }

  static Article article(Path input) {
    String content;
    try {
      content = Files.readString(input, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int separator = content.indexOf("\n---\n");
    if (separator < 0) {
      throw new IllegalArgumentException(input + ": no '---' line after the header");
    }
    Map<String, String> header = new TreeMap<>();
    for (String line : content.substring(0, separator).split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    String text = content.substring(separator + 5).strip();
    String sha256 = sha256(text);
    String published = header.get("published");
    return new Article(
        sha256.substring(0, 16),
        input.getFileName().toString(),
        null,
        null,
        published == null || published.isEmpty() ? null : published,
        header.getOrDefault("language", "en"),
        null,
        input.getFileName().toString(),
        sha256,
        "UTF-8",
        text);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
