package org.driftgraph.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.driftgraph.store.CypherScripts;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Writes the graph as FollowTheMoney entities, one JSON object per line ({@code {"id": ...,
 * "schema": ..., "properties": {...}}}), the form Aleph, OpenAleph and the {@code ftm} tools read:
 * entities first, then articles, then facts, so that every reference points back to a line above
 * it. {@link FtmMapping} says which schema each part of the model becomes.
 */
public final class FtmExporter {
  private final Driver driver;
  private final ObjectMapper json = new ObjectMapper();

  public FtmExporter(Driver driver) {
    this.driver = Objects.requireNonNull(driver, "driver");
  }

  /** Writes the entities to {@code file}, creating its directory and replacing an old file. */
  public ExportResult export(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    SortedMap<String, Long> counts = new TreeMap<>();
    try (Session session =
            driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
        BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      write(session, "export/ftm-entities.cypher", FtmMapping::entity, out, counts);
      write(session, "export/ftm-articles.cypher", FtmMapping::article, out, counts);
      write(session, "export/ftm-facts.cypher", FtmMapping::fact, out, counts);
    } catch (Neo4jException e) {
      Files.deleteIfExists(partial);
      throw new IllegalStateException(
          "cannot export FollowTheMoney to " + file + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    return new ExportResult(file, counts);
  }

  private void write(
      Session session,
      String script,
      Function<Map<String, Object>, FtmEntity> mapping,
      BufferedWriter out,
      SortedMap<String, Long> counts)
      throws IOException {
    Result result = session.run(CypherScripts.load(script));
    while (result.hasNext()) {
      FtmEntity entity = mapping.apply(result.next().asMap());
      out.write(line(entity));
      out.write('\n');
      counts.merge(entity.schema(), 1L, Long::sum);
    }
  }

  /** One entity as a JSON line. */
  String line(FtmEntity entity) throws IOException {
    ObjectNode node = json.createObjectNode();
    node.put("id", entity.id());
    node.put("schema", entity.schema());
    ObjectNode properties = node.putObject("properties");
    entity.properties().forEach((name, values) -> values.forEach(properties.putArray(name)::add));
    return json.writeValueAsString(node);
  }
}
