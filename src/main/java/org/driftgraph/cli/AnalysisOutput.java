package org.driftgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.driftgraph.analyze.AnalysisResult;
import org.driftgraph.analyze.AnalysisRow;

/**
 * Prints an analysis result in the format asked for; only JSON and CSV read the records as rows
 * ({@link AnalysisRow#toRow}), the table reads the records. JSON is exactly one object {@code
 * {"analysis","engine","millis","rows"}}; CSV is a header (the first row's keys) and one line per
 * row, lists and maps written as JSON text in their cell; a table ends with the engine line.
 */
final class AnalysisOutput {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnalysisOutput() {}

  static <T extends AnalysisRow> void print(
      PrintWriter out, AnalysisFormat format, AnalysisResult<T> result, TableView<T> view) {
    switch (format) {
      case JSON -> out.println(json(result));
      case CSV -> out.print(csv(result.rows()));
      case TABLE -> {
        view.print(out, result.records());
        out.println();
        out.println(engineLine(result));
      }
    }
  }

  /** "engine: neo4j (GDS 2.13.9), 412 ms": who ran it and for how long, under every table. */
  static String engineLine(AnalysisResult<?> result) {
    String engine = result.engineDetail() == null ? result.engine() : result.engineDetail();
    return "engine: " + engine + ", " + result.millis() + " ms";
  }

  static String json(AnalysisResult<?> result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("analysis", result.analysis());
    json.put("engine", result.engine());
    json.put("millis", result.millis());
    json.put("rows", result.rows());
    return jsonText(json);
  }

  /** Header and lines; no rows give no output at all, since there are no columns to name. */
  static String csv(List<Map<String, Object>> rows) {
    StringWriter text = new StringWriter();
    if (rows.isEmpty()) {
      return "";
    }
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    try (CSVWriter csv = new CSVWriter(text)) {
      csv.writeNext(columns.toArray(String[]::new), false);
      for (Map<String, Object> row : rows) {
        csv.writeNext(
            columns.stream().map(column -> cell(row.get(column))).toArray(String[]::new), false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV", e);
    }
    return text.toString();
  }

  /** A value as one cell: text as is, lists and maps as JSON, null as an empty cell. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      return jsonText(value);
    }
    return value.toString();
  }

  private static String jsonText(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
