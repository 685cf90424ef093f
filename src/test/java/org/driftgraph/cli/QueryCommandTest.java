package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code query} command lines that need no store: the listing and the errors found before opening
 * one.
 */
class QueryCommandTest {
  @TempDir Path temp;

  @Test
  void listNamesEveryFileOfCypherQueriesWithItsParameters() throws Exception {
    CliRun run = CliRun.of("query", "--list");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out().lines().filter(line -> !line.startsWith(" ")).toList())
        .containsSubsequence(queryFileNames())
        .hasSize(queryFileNames().size() + 1);
    assertThat(run.out())
        .contains("    --param limit=<integer>  default 10  how many entities to return")
        .contains("    --param subject=<string>  required  id of the subject entity")
        .endsWith(queryFileNames().size() + " saved queries in cypher/queries.\n");
  }

  @Test
  void listAsJsonGivesNameDescriptionAndTypedParameters() throws Exception {
    CliRun run = CliRun.of("query", "--list", "--format", "json");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode queries = new ObjectMapper().readTree(run.out()).path("queries");
    assertThat(queries)
        .extracting(query -> query.path("name").asText())
        .containsExactlyElementsOf(queryFileNames());
    JsonNode top = queries.get(queryFileNames().indexOf("top-entities-by-degree"));
    assertThat(top.path("description").asText()).startsWith("Entities ranked by their degree");
    assertThat(top.at("/parameters/0/name").asText()).isEqualTo("limit");
    assertThat(top.at("/parameters/0/type").asText()).isEqualTo("integer");
    assertThat(top.at("/parameters/0/default").asText()).isEqualTo("10");
  }

  @Test
  void anUnknownQueryIsAUsageErrorListingTheKnownNames() throws Exception {
    CliRun run = CliRun.of("query", "top-entities", "--store", store());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("driftgraph: no saved query named 'top-entities' (known: ")
        .contains(queryFileNames().toArray(String[]::new));
  }

  @Test
  void aBadParameterIsAUsageErrorNamingIt() {
    CliRun wrongType =
        CliRun.of("query", "top-entities-by-degree", "--param", "limit=many", "--store", store());
    CliRun undeclared =
        CliRun.of("query", "top-entities-by-degree", "--param", "lmit=3", "--store", store());
    CliRun missing =
        CliRun.of("query", "explain-fact", "--param", "subject=isis", "--store", store());
    CliRun noValue =
        CliRun.of("query", "top-entities-by-degree", "--param", "limit", "--store", store());

    assertThat(wrongType.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(wrongType.err()).contains("parameter limit expects integer, got 'many'");
    assertThat(undeclared.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(undeclared.err()).contains("has no parameter 'lmit'");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err()).contains("needs parameter 'type'");
    assertThat(noValue.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noValue.err()).contains("--param");
    assertThat(Files.exists(temp.resolve("never-opened"))).isFalse();
  }

  @Test
  void aNameIsRequiredUnlessListing() {
    CliRun run = CliRun.of("query");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .contains("a query name is required (one of ", "top-entities-by-degree", "or --list");
  }

  private String store() {
    return temp.resolve("never-opened").toString();
  }

  private static List<String> queryFileNames() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("cypher", "queries"))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".cypher"))
          .map(name -> name.substring(0, name.length() - ".cypher".length()))
          .sorted()
          .toList();
    }
  }
}
