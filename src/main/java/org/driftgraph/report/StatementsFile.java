package org.driftgraph.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * {@code statements.jsonl} beside a report: every fact with every claim behind it, one JSON object
 * per line, as the saved query {@code statements} returns them. The rows are streamed from the
 * database to the file one at a time, so a store of any size is written in constant memory; the
 * report itself spells out only the strongest claims of the facts with most of them.
 */
public final class StatementsFile {
  public static final String NAME = "statements.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private StatementsFile() {}

  /**
   * Writes every statement of the store into {@code writer}, a line per fact; returns the facts.
   */
  public static long write(Driver driver, Writer writer) throws IOException {
    SavedQuery query = SavedQueries.load("statements");
    long facts = 0;
    try (Session session = driver.session(SessionConfig.builder().withFetchSize(200).build())) {
      Result result = session.run(query.cypher(), query.bind(Map.of()));
      while (result.hasNext()) {
        writer.write(JSON.writeValueAsString(result.next().asMap()));
        writer.write('\n');
        facts++;
      }
    }
    return facts;
  }

  /** Writes the file into a report folder (beside {@code report.json}), atomically. */
  public static Path writeInto(Driver driver, Path folder) {
    return new ReportFiles(folder)
        .write(
            NAME,
            out -> {
              try (BufferedWriter writer =
                  new BufferedWriter(
                      new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                write(driver, writer);
              }
            });
  }

  /**
   * The facts of a {@code statements.jsonl} as (type, subject, object) rows without their evidence,
   * read a line at a time: what the next report compares with.
   */
  static List<Map<String, Object>> factKeys(Path file) {
    List<Map<String, Object>> keys = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode fact = JSON.readTree(line);
        Map<String, Object> key = new LinkedHashMap<>();
        for (String field : List.of("type", "subject", "object")) {
          key.put(field, fact.path(field).asText());
        }
        keys.add(key);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return keys;
  }
}
