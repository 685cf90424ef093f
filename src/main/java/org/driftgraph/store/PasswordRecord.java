package org.driftgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Which password the store's {@code neo4j} user has, as a salted PBKDF2 hash in an owner-only file
 * inside the store. A start reads it to know, without opening any port, whether the password must
 * be set first (a start with every connector off): only a change costs that extra start.
 */
final class PasswordRecord {
  static final String FILE = "driftgraph-password.pbkdf2";
  private static final String SCHEME = "pbkdf2-sha256";
  private static final int ITERATIONS = 20_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;

  private PasswordRecord(Path file) {
    this.file = file;
  }

  /** The record of the store whose Neo4j home is {@code home}. */
  static PasswordRecord of(Path home) {
    return new PasswordRecord(home.resolve(FILE));
  }

  /** True when the record says the user's password is {@code password}. */
  boolean matches(String password) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try {
      String[] fields = OwnerOnlyFile.read(file).split(" ");
      if (fields.length != 4 || !fields[0].equals(SCHEME)) {
        return false;
      }
      byte[] salt = Base64.getDecoder().decode(fields[2]);
      byte[] expected = Base64.getDecoder().decode(fields[3]);
      return MessageDigest.isEqual(expected, hash(password, salt, Integer.parseInt(fields[1])));
    } catch (IOException | IllegalArgumentException e) {
      // Unreadable or damaged: the password is set again, which repairs it.
      return false;
    }
  }

  /** Records that the user's password is now {@code password}. */
  void remember(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    Base64.Encoder base64 = Base64.getEncoder();
    String line =
        String.join(
            " ",
            SCHEME,
            String.valueOf(ITERATIONS),
            base64.encodeToString(salt),
            base64.encodeToString(hash(password, salt, ITERATIONS)));
    try {
      OwnerOnlyFile.replace(file, line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Forgets the password, so that the next start sets it again. */
  void forget() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] hash(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    }
  }
}
