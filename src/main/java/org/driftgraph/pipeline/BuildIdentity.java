package org.driftgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.driftgraph.model.Digests;

/**
 * Which build of driftgraph is running: the SHA-256 of its jar, or of its classes folder when it
 * runs from classes (the tests). The jar holds the report's code, its Cypher files and, in its
 * manifest's class path, the versions of Neo4j, GDS and APOC: a report made by another build is
 * never taken for one of this build.
 */
final class BuildIdentity {
  private static volatile String current;

  private BuildIdentity() {}

  /** The running build's identity, computed once per JVM (a few milliseconds for the jar). */
  static String current() {
    String known = current;
    if (known == null) {
      known = "sha256:" + digestOf(codeSource());
      current = known;
    }
    return known;
  }

  private static Path codeSource() {
    try {
      return Path.of(
          BuildIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot tell where driftgraph's classes come from", e);
    }
  }

  /** The digest of a file, or of every file under a folder with its relative path, in order. */
  static String digestOf(Path source) {
    MessageDigest digest = Digests.sha256();
    try {
      if (Files.isDirectory(source)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          digest.update(
              source
                  .relativize(file)
                  .toString()
                  .replace('\\', '/')
                  .getBytes(StandardCharsets.UTF_8));
          digest.update((byte) 0);
          feed(digest, file);
        }
      } else {
        feed(digest, source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void feed(MessageDigest digest, Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }
}
