package org.driftgraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;

/**
 * A Neo4j server with TLS required and routing on ({@link TlsNeo4jServer}) in a JVM of its own, on
 * free loopback ports, with a self-signed certificate for {@code localhost} and {@code 127.0.0.1}
 * that this class makes with the JDK's {@code keytool}. Clients trust {@link #certificate()}.
 */
public final class TlsNeo4jServerProcess implements AutoCloseable {
  public static final String PASSWORD = "tls-test-password";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
  private static final String STORE_PASSWORD = "changeit";

  private final Process process;
  private final Path log;
  private final Path certificate;
  private final int boltPort;
  private final Thread killOnExit;

  private TlsNeo4jServerProcess(Process process, Path log, Path certificate, int boltPort) {
    this.process = process;
    this.log = log;
    this.certificate = certificate;
    this.boltPort = boltPort;
    this.killOnExit = ServerJvm.killOnExit(process, "the TLS Neo4j server");
  }

  /**
   * Starts the server in {@code folder} and waits until it serves.
   *
   * @param gds whether GDS and APOC are registered
   */
  public static TlsNeo4jServerProcess start(Path folder, boolean gds) {
    try {
      Path home = folder.toAbsolutePath();
      Path certificate = selfSignedCertificate(home.resolve("certs/bolt"));
      int boltPort = ServerJvm.freeLoopbackPort();
      int routingPort = ServerJvm.freeLoopbackPort();
      Path log = home.resolve("tls-neo4j.log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process process =
          new ProcessBuilder(
                  java,
                  "-Xmx512m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  TlsNeo4jServer.class.getName(),
                  home.toString(),
                  Integer.toString(boltPort),
                  Integer.toString(routingPort),
                  PASSWORD,
                  gds ? "gds" : "no-gds")
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      TlsNeo4jServerProcess server = new TlsNeo4jServerProcess(process, log, certificate, boltPort);
      try {
        server.awaitReady();
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the TLS Neo4j server", e);
    }
  }

  /** The address with {@code scheme} ({@code neo4j+s}, {@code bolt+s}, ...) on 127.0.0.1. */
  public URI uri(String scheme) {
    return URI.create(scheme + "://127.0.0.1:" + boltPort);
  }

  /** The server's self-signed certificate (PEM), which a client must trust. */
  public Path certificate() {
    return certificate;
  }

  /** Kills the server JVM and waits for it to end. */
  @Override
  public void close() {
    ServerJvm.stop(process, killOnExit);
  }

  /**
   * Makes a key pair and a self-signed certificate with keytool, and writes them as Neo4j's SSL
   * policy reads them: {@code private.key} (PKCS#8 PEM) and {@code public.crt} (PEM).
   */
  private static Path selfSignedCertificate(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path keystore = folder.resolve("server.p12");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    Process process =
        new ProcessBuilder(
                keytool,
                "-genkeypair",
                "-alias",
                "neo4j",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                STORE_PASSWORD,
                "-keypass",
                STORE_PASSWORD)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        throw new IllegalStateException("keytool failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running keytool", e);
    }
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, STORE_PASSWORD.toCharArray());
      PrivateKey key = (PrivateKey) store.getKey("neo4j", STORE_PASSWORD.toCharArray());
      Certificate certificate = store.getCertificate("neo4j");
      Files.writeString(folder.resolve("private.key"), pem("PRIVATE KEY", key.getEncoded()));
      Path crt = folder.resolve("public.crt");
      Files.writeString(crt, pem("CERTIFICATE", certificate.getEncoded()));
      Files.delete(keystore);
      return crt;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the keystore keytool wrote", e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private void awaitReady() {
    ServerJvm.awaitLogLine(
        process, log, TlsNeo4jServer.READY, "the TLS Neo4j server", START_TIMEOUT);
  }
}
