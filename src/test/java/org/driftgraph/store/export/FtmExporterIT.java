package org.driftgraph.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** {@code export --format ftm} on the export fixture, line by line against the FtM schemata. */
@ExtendWith(Neo4jHarness.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FtmExporterIT {
  private Path file;
  private ExportResult result;
  private List<String> lines;

  @BeforeAll
  void exportFixture(Driver driver, @TempDir Path dir) throws Exception {
    ExportFixture.create(driver);
    file = dir.resolve("ftm/driftgraph.ftm.jsonl");
    result = new FtmExporter(driver).export(file);
    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @Test
  void everyLineIsAnFtmEntityValidAgainstTheSchemata() throws Exception {
    assertThat(lines).isNotEmpty();
    List<FtmEntity> entities = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      assertThat(node.fieldNames()).toIterable().containsExactly("id", "schema", "properties");
      node.get("properties")
          .forEach(values -> assertThat(values).isNotEmpty().allMatch(JsonNode::isTextual));
      entities.add(FtmSchemata.parse(line));
    }
    assertThat(FtmSchemata.load().problems(entities)).isEmpty();
    assertThat(result.counts().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(lines.size());
  }

  @Test
  void entitiesArticlesAndFactsAreAllThere() {
    assertThat(result.counts())
        .containsKeys("Article", "Company", "Organization", "UnknownLink", "Ownership");
    assertThat(file.resolveSibling("driftgraph.ftm.jsonl.partial")).doesNotExist();
  }

  @Test
  void aSecondExportWritesTheSameLines(Driver driver, @TempDir Path dir) throws Exception {
    Path again = dir.resolve("again.jsonl");
    new FtmExporter(driver).export(again);
    assertThat(Files.readAllLines(again, StandardCharsets.UTF_8)).isEqualTo(lines);
  }
}
