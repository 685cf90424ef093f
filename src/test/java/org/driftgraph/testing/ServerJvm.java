package org.driftgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

/**
 * What the servers tests start (in this JVM or in one of their own) share: a free loopback port,
 * and for a server JVM a kill at the test JVM's exit and a stop that waits for it to end.
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
}
