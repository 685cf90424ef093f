package org.driftgraph.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notebooks as committed, without running them (NotebooksIT runs them): nbformat 4 on a Python
 * 3 kernel, outputs and run timings cleared (notebooks/clear-outputs.sh) so that diffs show code
 * and prose only, and every saved query they call present in cypher/queries/.
 */
class NotebookFilesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path NOTEBOOKS = Path.of("notebooks");
  private static final Pattern SAVED_CALL = Pattern.compile("\\.saved\\(\\s*\"([^\"]+)\"");

  static Stream<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      return files.filter(file -> file.toString().endsWith(".ipynb")).sorted().toList().stream();
    }
  }

  @Test
  void thereAreATourAndAnAnalystsNotebook() throws IOException {
    assertThat(notebooks().map(file -> file.getFileName().toString()))
        .contains("01-tour.ipynb", "02-analyst-questions.ipynb");
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void isCommittedWithoutOutputsOnAPython3Kernel(Path notebook) throws IOException {
    JsonNode json = JSON.readTree(notebook.toFile());

    assertThat(json.path("nbformat").asInt()).isEqualTo(4);
    assertThat(json.at("/metadata/kernelspec/name").asText()).isEqualTo("python3");
    assertThat(json.path("cells"))
        .filteredOn(cell -> cell.path("cell_type").asText().equals("code"))
        .isNotEmpty()
        .allSatisfy(
            cell -> {
              assertThat(cell.path("outputs")).as("outputs of %s", cell.path("source")).isEmpty();
              assertThat(cell.path("execution_count").isNull())
                  .as("execution count of %s", cell.path("source"))
                  .isTrue();
              assertThat(cell.path("metadata").has("execution"))
                  .as("run timings of %s", cell.path("source"))
                  .isFalse();
            });
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void usesOnlySavedQueriesThatExist(Path notebook) throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode cell : JSON.readTree(notebook.toFile()).path("cells")) {
      Matcher call = SAVED_CALL.matcher(source(cell));
      while (call.find()) {
        names.add(call.group(1));
      }
    }

    assertThat(names)
        .isNotEmpty()
        .allSatisfy(
            name ->
                assertThat(Path.of("cypher", "queries", name + ".cypher"))
                    .as("saved query %s", name)
                    .isRegularFile());
  }

  /** nbformat stores a cell's source as one string or as a list of lines. */
  private static String source(JsonNode cell) {
    JsonNode source = cell.path("source");
    if (source.isTextual()) {
      return source.asText();
    }
    StringBuilder text = new StringBuilder();
    source.forEach(line -> text.append(line.asText()));
    return text.toString();
  }
}
