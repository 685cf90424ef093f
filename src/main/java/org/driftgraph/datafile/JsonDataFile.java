package org.driftgraph.datafile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the project's editable JSON data files (gazetteer, merges, rules, gold files): each is an
 * object with a {@code "format"} tag, and a bad one is an error that names the file and the reason.
 * One place, so that every loader reports the same way.
 */
public final class JsonDataFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonDataFile() {}

  /**
   * Reads {@code file} and checks that it is a JSON object tagged {@code "format": format}.
   *
   * @param what how the error names the kind of file, e.g. "gazetteer"
   * @throws IllegalArgumentException for invalid JSON or another format, naming the file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static JsonNode read(Path file, String format, String what) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read " + what + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !format.equals(root.path("format").asText(null))) {
      throw new IllegalArgumentException(
          file + ": not a " + what + " (expected \"format\": \"" + format + "\")");
    }
    return root;
  }

  /** An optional string field: null when absent or null, an error when it is not a string. */
  public static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return value.asText();
  }

  /** An optional list of non-blank strings: empty when absent or null. */
  public static List<String> strings(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new IllegalArgumentException("\"" + field + "\" has a blank or non-string entry");
      }
      out.add(item.asText());
    }
    return out;
  }
}
