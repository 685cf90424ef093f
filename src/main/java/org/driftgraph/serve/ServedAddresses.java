package org.driftgraph.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a running {@code serve} answers, in a file beside the store ({@code data/neo4j.serve.json})
 * while it runs, so that the other commands find a store that is already served. No secrets in it.
 * The file appears, whole, only once serve is ready: a client with the password gets in.
 */
public record ServedAddresses(URI bolt, URI http, URI guide) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static Path fileFor(Path storeDir) {
    Path absolute = storeDir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".serve.json");
  }

  public void write(Path storeDir) throws IOException {
    writeTo(fileFor(storeDir));
  }

  /**
   * Writes the addresses to {@code file} in one step (a file beside it, moved over it), so that a
   * script waiting for the file never reads half of it.
   */
  public void writeTo(Path file) throws IOException {
    Map<String, String> json = new LinkedHashMap<>();
    json.put("bolt", bolt.toString());
    json.put("http", http.toString());
    json.put("guide", guide.toString());
    Path absolute = file.toAbsolutePath();
    Path next = absolute.resolveSibling(absolute.getFileName() + ".next");
    Files.writeString(next, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    Files.move(next, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
