package org.driftgraph.cli;

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
import java.util.Set;

/**
 * The password of the served store's {@code neo4j} user: {@code $DRIFTGRAPH_NEO4J_PASSWORD} when
 * set, else the one in a file beside the store ({@code data/neo4j.password} for {@code
 * data/neo4j}), generated on the first serve. The file is created readable by its owner only before
 * the secret goes in. {@link #toString()} never shows the secret.
 *
 * @param source where the password comes from, for the user: the variable or the file
 */
record ServePassword(String secret, String source) {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final int RANDOM_BYTES = 24;

  ServePassword {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("empty password");
    }
  }

  /** The file that holds the generated password of a store. */
  static Path fileFor(Path storeDir) {
    Path absolute = storeDir.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".password");
  }

  /** The password from the environment, else from the store's file, generating it when missing. */
  static ServePassword resolve(CliContext context, Path storeDir) {
    return resolve(context, storeDir, true);
  }

  /** The password of a store that is being served: from the environment or the existing file. */
  static ServePassword ofServed(CliContext context, Path storeDir) {
    return resolve(context, storeDir, false);
  }

  private static ServePassword resolve(CliContext context, Path storeDir, boolean generate) {
    String fromEnv = context.env().get(CliContext.PASSWORD_VARIABLE);
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return new ServePassword(fromEnv, "$" + CliContext.PASSWORD_VARIABLE);
    }
    Path file = fileFor(storeDir);
    String shown = context.display(file);
    try {
      if (!Files.exists(file) && !generate) {
        throw new CliFailure(
            "no "
                + shown
                + ": set $"
                + CliContext.PASSWORD_VARIABLE
                + " to the password serve uses");
      }
      if (!Files.exists(file)) {
        return new ServePassword(generate(file), shown + " (generated now, readable only by you)");
      }
      if (readableByOthers(file)) {
        throw new CliFailure(
            shown + " holds the Neo4j password but others can read it: run chmod 600 " + shown);
      }
      String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (secret.isEmpty()) {
        throw new CliFailure(shown + " is empty: delete it to generate a new password");
      }
      return new ServePassword(secret, shown);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read or write the password file " + shown + ": " + e.getMessage(), e);
    }
  }

  /** A password that exists only for one session (the shell serving a store for a moment). */
  static ServePassword throwaway() {
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
      throw new CliFailure(file + " appeared while generating the password: start serve again", e);
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
