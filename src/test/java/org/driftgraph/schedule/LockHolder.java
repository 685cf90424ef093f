package org.driftgraph.schedule;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Run in a separate JVM by the scheduler test: takes the run lock and holds it until stdin closes.
 */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws IOException {
    Optional<RunLock> lock = RunLock.tryAcquire(Path.of(args[0]), Instant.now());
    System.out.println(lock.isPresent() ? "locked" : "busy");
    System.out.flush();
    while (System.in.read() != -1) {
      // Hold the lock until the test closes our stdin or kills us.
    }
    lock.ifPresent(RunLock::close);
  }
}
