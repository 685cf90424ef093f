package org.driftgraph.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Why a folder entry cannot be read as a document, decided from its attributes alone: nothing here
 * opens the file, so a named pipe or a device is turned away before it could block or stream
 * without end.
 */
final class Entries {
  private Entries() {}

  /** The reason the entry is not a readable regular file (through a link), or empty when it is. */
  static Optional<String> notReadable(Path path) {
    BasicFileAttributes own;
    try {
      own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.of("no such file or folder");
    } catch (IOException e) {
      return Optional.of("cannot read its attributes: " + e.getMessage());
    }
    BasicFileAttributes target = own;
    if (own.isSymbolicLink()) {
      try {
        target = Files.readAttributes(path, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return Optional.of("dangling symbolic link: its target does not exist");
      } catch (FileSystemException e) {
        return Optional.of("symbolic link loop (or a link that cannot be resolved)");
      } catch (IOException e) {
        return Optional.of("cannot resolve symbolic link: " + e.getMessage());
      }
    }
    if (target.isDirectory() || target.isRegularFile()) {
      if (target.isRegularFile() && !Files.isReadable(path)) {
        return Optional.of("unreadable: permission denied");
      }
      return Optional.empty();
    }
    return Optional.of(
        "not a regular file ("
            + (target.isOther() ? "a named pipe, device or socket" : "of an unknown kind")
            + "): never opened");
  }

  /**
   * The reason when a link leads out of the import root, or empty when the entry stays under it.
   */
  static Optional<String> leavesRoot(Path path, Path realRoot) {
    if (!Files.isSymbolicLink(path)) {
      return Optional.empty();
    }
    try {
      Path real = path.toRealPath();
      return real.startsWith(realRoot)
          ? Optional.empty()
          : Optional.of(
              "symbolic link to "
                  + real
                  + ", outside the import folder: not followed (import --follow-links reads it)");
    } catch (IOException e) {
      return Optional.of("cannot resolve symbolic link: " + e.getMessage());
    }
  }
}
