package org.driftgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final int RANDOM_BYTES = 24;

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
      if (readableByOthers(file)) {
        throw new ServeFailure(
            shown + " holds the Neo4j password but others can read it: run chmod 600 " + shown);
      }
      String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (secret.isEmpty()) {
        throw new ServeFailure(shown + " is empty: delete it to generate a new password");
      }
      return new ServePassword(secret, shown);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read or write the password file " + shown + ": " + e.getMessage(), e);
    }
  }

  /** A password that exists only for one session (the shell serving a store for a moment). */
  public static ServePassword throwaway() {
    return new ServePassword(random(), "a password for this session only");
  }

  @Override
  public String toString() {
    return "ServePassword[source=" + source + "]";
  }

  private static String generate(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    boolean posix =
        Files.getFileStore(file.getParent())
            .supportsFileAttributeView(PosixFileAttributeView.class);
    try {
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        // The umask may have taken permissions away, never added; set them exactly anyway.
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      throw new ServeFailure(
          file + " appeared while generating the password: start serve again", e);
    }
    String secret = random();
    Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
    return secret;
  }

  private static boolean readableByOthers(Path file) throws IOException {
    if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return false;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    return !EnumSet.copyOf(OWNER_ONLY).containsAll(permissions);
  }

  private static String random() {
    byte[] bytes = new byte[RANDOM_BYTES];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
