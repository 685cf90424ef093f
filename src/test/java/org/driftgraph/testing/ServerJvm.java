package org.driftgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the servers tests start (in this JVM or in one of their own) share: a free loopback port,
 * and for a server JVM a wait for the line its log prints when it serves, a kill at the test JVM's
 * exit and a stop that waits for it to end.
 */
public final class ServerJvm {
  private static final int GRACE_SECONDS = 20;

  private ServerJvm() {}

  /** A port nothing listens on at this moment, on the loopback address. */
  public static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on loopback", e);
    }
  }

  /** Registers a hook that kills {@code process} if the test JVM exits before it is stopped. */
  public static Thread killOnExit(Process process, String name) {
    Thread hook = new Thread(process::destroyForcibly, "kill " + name);
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }

  /** Stops {@code process} (forcibly past a grace period), waits for it, removes its hook. */
  public static void stop(Process process, Thread killOnExit) {
    process.destroy();
    try {
      if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or has run: nothing left to remove.
      }
    }
  }

  /**
   * Waits until {@code log} (the server's output) holds {@code readyLine}: the line the server
   * prints once it accepts clients. Fails with the log's tail if the server exits first or is not
   * ready within {@code timeout}.
   */
  public static void awaitLogLine(
      Process process, Path log, String readyLine, String name, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (logText(log).contains(readyLine)) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + ":\n" + logTail(log));
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
    }
    throw new IllegalStateException(
        name + " was not ready within " + timeout.toSeconds() + " s:\n" + logTail(log));
  }

  private static String logText(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static String logTail(Path log) {
    List<String> lines = logText(log).lines().toList();
    return lines.isEmpty()
        ? "(no output in " + log + ")"
        : String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
