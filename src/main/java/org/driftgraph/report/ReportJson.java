package org.driftgraph.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.driftgraph.analyze.AnalysisRow;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.model.EntityType;

/**
 * {@code report.json}'s edge: the one place the report's typed data becomes JSON and back. Analysis
 * records are written as the rows of {@code analyze --format json} ({@link AnalysisRow#toRow});
 * entity types as their labels ({@code Platform}), measures as their keys ({@code pagerank}), both
 * as values and as map keys, and parsed back from them.
 */
final class ReportJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .registerModule(module());

  /** Claims written per evidence list of an analysis row; see {@link #bounded(Object)}. */
  static final int EVIDENCE_PER_LIST = 20;

  private ReportJson() {}

  private static SimpleModule module() {
    SimpleModule module = new SimpleModule("driftgraph-report");
    module.addSerializer(AnalysisRow.class, writer(row -> bounded(row.toRow())));
    text(module, EntityType.class, EntityType::label, EntityType::fromLabel);
    text(module, CentralityAlgorithm.class, CentralityAlgorithm::key, CentralityAlgorithm::fromKey);
    return module;
  }

  /** Writes and reads {@code type} as a text, as a value and as a map key. */
  private static <T> void text(
      SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
    module.addSerializer(type, writer(write));
    module.addKeySerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator json, SerializerProvider provider)
              throws IOException {
            json.writeFieldName(write.apply(value));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
            return read.apply(json.getValueAsString());
          }
        });
    module.addKeyDeserializer(
        type,
        new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext context) {
            return read.apply(key);
          }
        });
  }

  /**
   * The evidence lists of an analysis row (at any depth: chain steps, path hops) cut to {@link
   * #EVIDENCE_PER_LIST} claims, with their full length beside them as {@code <key>Count}: at scale
   * one migration or ban has thousands of claims, which statements.jsonl and {@code analyze ...
   * --format json} give in full. Shorter lists are written as they are.
   */
  static Object bounded(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (key, inner) -> {
            if (key.toString().endsWith("vidence")
                && inner instanceof List<?> list
                && list.size() > EVIDENCE_PER_LIST) {
              copy.put(key, list.subList(0, EVIDENCE_PER_LIST));
              copy.put(key + "Count", list.size());
            } else {
              copy.put(key, bounded(inner));
            }
          });
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ReportJson::bounded).toList();
    }
    return value;
  }

  private static <T> JsonSerializer<T> writer(Function<T, ?> shown) {
    return new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator json, SerializerProvider provider)
          throws IOException {
        provider.defaultSerializeValue(shown.apply(value), json);
      }
    };
  }
}
