package org.driftgraph.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps two runs from overlapping: an OS file lock held for the duration of a run. The operating
 * system drops the lock when the holding process dies, so a crashed run never blocks the next one;
 * the file itself stays and only says who held it last (pid and start time), for the message.
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, or returns empty when another process or another thread of this one holds it.
   *
   * @throws UncheckedIOException when the lock file cannot be created or written
   */
  public static Optional<RunLock> tryAcquire(Path lockFile, Instant start) {
    FileChannel channel = null;
    try {
      Files.createDirectories(lockFile.toAbsolutePath().getParent());
      channel =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      byte[] holder =
          ("pid " + ProcessHandle.current().pid() + " since " + start + "\n")
              .getBytes(StandardCharsets.UTF_8);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(holder), 0);
      channel.force(false);
      return Optional.of(new RunLock(channel, lock));
    } catch (OverlappingFileLockException e) {
      // Another thread of this JVM holds it: same answer as another process.
      closeQuietly(channel);
      return Optional.empty();
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + lockFile + ": " + e.getMessage(), e);
    }
  }

  /** Who holds (or last held) the lock, as written into the file: "pid 123 since 2026-...". */
  public static String holder(Path lockFile) {
    try {
      String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "unknown holder" : text;
    } catch (IOException e) {
      return "unknown holder";
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it as well.
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing left to release: the OS drops the lock with the descriptor.
    }
  }
}
