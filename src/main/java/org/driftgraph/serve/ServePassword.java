package org.driftgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.driftgraph.store.OwnerOnlyFile;

/**
 * The password of the served store's {@code neo4j} user: {@code $DRIFTGRAPH_NEO4J_PASSWORD} when
 * set, else the one in a file beside the store ({@code data/neo4j.password} for {@code
 * data/neo4j}), generated on the first serve. The file is created readable by its owner only before
 * the secret goes in. {@link #toString()} never shows the secret.
 *
 * @param source where the password comes from, for the user: the variable or the file
 */
public record ServePassword(String secret, String source) {
  /** The environment variable that holds the password (the CLI's, for a server too). */
  public static final String VARIABLE = "DRIFTGRAPH_NEO4J_PASSWORD";

  public ServePassword {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("empty password");
    }
  }

  /** The file that holds the generated password of a store. */
  public static Path fileFor(Path storeDir) {
    Path absolute = storeDir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".password");
  }

  /**
   * The password from the environment, else from the store's file, generating it when missing.
   *
   * @param env the environment: {@value #VARIABLE} is read from it
   * @param shown how a path is shown to the user
   */
  public static ServePassword resolve(
      Map<String, String> env, Path storeDir, Function<Path, String> shown) {
    return resolve(env, storeDir, shown, true);
  }

  /** The password of a store that is being served: from the environment or the existing file. */
  public static ServePassword ofServed(
      Map<String, String> env, Path storeDir, Function<Path, String> shown) {
    return resolve(env, storeDir, shown, false);
  }

  private static ServePassword resolve(
      Map<String, String> env, Path storeDir, Function<Path, String> display, boolean generate) {
    String fromEnv = env.get(VARIABLE);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return new ServePassword(fromEnv, "$" + VARIABLE);
    }
    Path file = fileFor(storeDir);
    String shown = display.apply(file);
    try {
      if (!Files.exists(file) && !generate) {
        throw new ServeFailure(
            "no " + shown + ": set $" + VARIABLE + " to the password serve uses");
      }
      if (!Files.exists(file)) {
        return new ServePassword(generate(file), shown + " (generated now, readable only by you)");
      }
      if (OwnerOnlyFile.openToOthers(file)) {
        throw new ServeFailure(
            shown + " holds the Neo4j password but others can read it: run chmod 600 " + shown);
      }
      String secret = OwnerOnlyFile.read(file);
      if (secret.isEmpty()) {
        throw new ServeFailure(shown + " is empty: delete it to generate a new password");
      }
      return new ServePassword(secret, shown);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read or write the password file " + shown + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "ServePassword[source=" + source + "]";
  }

  private static String generate(Path file) throws IOException {
    String secret = OwnerOnlyFile.randomSecret();
    try {
      OwnerOnlyFile.create(file, secret);
    } catch (FileAlreadyExistsException e) {
      throw new ServeFailure(
          file + " appeared while generating the password: start serve again", e);
    }
    return secret;
  }
}
