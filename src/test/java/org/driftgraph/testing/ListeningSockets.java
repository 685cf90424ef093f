package org.driftgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The TCP sockets this JVM listens on, read from Linux's {@code /proc}: the descriptors of the
 * process that are sockets, matched with the kernel's LISTEN table. A test that starts servers
 * compares the set before and after to see every port they opened, whatever opened it.
 */
public final class ListeningSockets {
  private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");
  private static final String LISTEN = "0A";

  private ListeningSockets() {}

  /** True where {@code /proc} can answer (Linux). */
  public static boolean available() {
    return Files.isDirectory(Path.of("/proc/self/fd"))
        && Files.isRegularFile(Path.of("/proc/net/tcp"));
  }

  public static Set<InetSocketAddress> ofThisProcess() {
    Set<String> inodes = socketInodes();
    Set<InetSocketAddress> listening = new HashSet<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try (Stream<String> lines = Files.lines(file)) {
        lines
            .skip(1)
            .map(String::strip)
            .map(line -> line.split("\\s+"))
            .filter(fields -> fields.length > 9 && fields[3].equals(LISTEN))
            .filter(fields -> inodes.contains(fields[9]))
            .forEach(fields -> listening.add(address(fields[1])));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return listening;
  }

  private static Set<String> socketInodes() {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      fds.forEach(
          fd -> {
            try {
              Matcher m = SOCKET.matcher(Files.readSymbolicLink(fd).toString());
              if (m.matches()) {
                inodes.add(m.group(1));
              }
            } catch (IOException e) {
              // The descriptor closed while we looked: not a listening socket of interest.
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list /proc/self/fd", e);
    }
    return inodes;
  }

  /** "0100007F:1F90" (IPv4) or 32 hex digits (IPv6), each 32-bit word in host (little) order. */
  private static InetSocketAddress address(String field) {
    String[] parts = field.split(":");
    String hex = parts[0];
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        int at = word * 8 + (3 - i) * 2;
        bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
      }
    }
    try {
      return new InetSocketAddress(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("bad address in /proc: " + field, e);
    }
  }
}
