package org.driftgraph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a running {@code serve} answers, in a file beside the store ({@code data/neo4j.serve.json})
 * while it runs, so that {@code shell} finds a store that is already served. No secrets in it.
 */
public record ServedAddresses(URI bolt, URI http, URI guide) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static Path fileFor(Path storeDir) {
    Path absolute = storeDir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".serve.json");
  }

  public void write(Path storeDir) throws IOException {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("bolt", bolt.toString());
    json.put("http", http.toString());
    json.put("guide", guide.toString());
    Files.writeString(
        fileFor(storeDir), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
  }

  public static void delete(Path storeDir) throws IOException {
    Files.deleteIfExists(fileFor(storeDir));
  }

  /** The addresses of the serve that has this store open, if it left its file. */
  public static Optional<ServedAddresses> read(Path storeDir) {
    Path file = fileFor(storeDir);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode json = JSON.readTree(file.toFile());
      return Optional.of(
          new ServedAddresses(
              URI.create(json.path("bolt").asText()),
              URI.create(json.path("http").asText()),
              URI.create(json.path("guide").asText())));
    } catch (IOException | IllegalArgumentException e) {
      throw new ServeFailure(
          file + " is not the address file that serve writes: " + e.getMessage(), e);
    }
  }
}
