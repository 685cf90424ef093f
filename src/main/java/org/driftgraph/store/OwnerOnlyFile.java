package org.driftgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * A small file that holds a secret, or something derived from one: created readable and writable by
 * its owner only before anything goes in, so that no other user ever sees its content.
 */
public final class OwnerOnlyFile {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final int RANDOM_BYTES = 24;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OwnerOnlyFile() {}

  /**
   * Creates {@code file} (which must not exist) owner-only, holding {@code text} and a newline. The
   * file appears whole or not at all: the text goes into a private sibling first, which is then
   * hard-linked to {@code file}, an exclusive and atomic step, so a process that races to create
   * the same file either wins or gets {@link FileAlreadyExistsException}, and a reader never sees
   * it empty.
   *
   * @throws FileAlreadyExistsException when another process created it first
   */
  public static void create(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path draft = parent.resolve("." + file.getFileName() + "." + randomSecret() + ".draft");
    write(draft, text);
    try {
      Files.createLink(file, draft);
    } catch (UnsupportedOperationException e) {
      // A file system without hard links: claim the name exclusively, then fill it.
      write(file, text);
    } finally {
      Files.deleteIfExists(draft);
    }
  }

  private static void write(Path file, String text) throws IOException {
    if (posix(file.getParent())) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      // The umask may have taken permissions away, never added; set them exactly anyway.
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
  }

  /**
   * Replaces {@code file}'s content with {@code text}, through an owner-only file moved over it.
   */
  public static void replace(Path file, String text) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.deleteIfExists(next);
    write(next, text);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The file's content without surrounding white space. */
  public static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }

  /** True when users other than the owner may read or write the file. */
  public static boolean openToOthers(Path file) throws IOException {
    if (!posix(file)) {
      return false;
    }
    return !EnumSet.copyOf(OWNER_ONLY).containsAll(Files.getPosixFilePermissions(file));
  }

  /** 24 random bytes, URL-safe Base64: 32 characters, 192 bits. */
  public static String randomSecret() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static boolean posix(Path path) throws IOException {
    return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
  }
}
