package org.driftgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The password the commands use on the embedded store: random, kept in an owner-only file inside
 * the store folder ({@value #FILE}), generated on the store's first use. Only this process and the
 * store's owner know it, so the loopback port an ordinary command opens lets no one else in.
 */
public final class StoreSecret {
  public static final String FILE = "driftgraph.secret";

  private StoreSecret() {}

  /** The secret of the store in {@code storeDir}, generated when the store has none yet. */
  public static String of(Path storeDir) {
    Path file = storeDir.toAbsolutePath().normalize().resolve(FILE);
    try {
      if (!Files.exists(file)) {
        String secret = OwnerOnlyFile.randomSecret();
        try {
          OwnerOnlyFile.create(file, secret);
          return secret;
        } catch (FileAlreadyExistsException e) {
          // Another command created it at the same moment: read theirs.
        }
      }
      if (OwnerOnlyFile.openToOthers(file)) {
        throw new StoreException(
            file + " holds the store's password but others can read it: run chmod 600 " + file);
      }
      String secret = OwnerOnlyFile.read(file);
      if (secret.isEmpty()) {
        throw new StoreException(file + " is empty: delete it and a new password is made");
      }
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + file + ": " + e.getMessage(), e);
    }
  }
}
