package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.driftgraph.serve.ServedAddresses;
import org.driftgraph.store.OwnerOnlyFile;
import org.driftgraph.testing.ListeningSockets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The serve probes of the campaign (issue 12): from the moment {@code serve} is launched, clients
 * poll Bolt and HTTP with a wrong password, with the factory login {@code neo4j/neo4j} and with the
 * previous start's password, every 50 ms. In every start none of them gets in, serve does not exit,
 * a client with the right password gets in as soon as the banner is out, no user but {@code neo4j}
 * exists, and every port serve opens (the guide's too) is on the {@code --listen} address.
 *
 * <p>Each start gets a new password, so each one sets it with the connectors off first. A few
 * starts here; the full campaign is 20: {@code -Dserve.probes.starts=20}.
 */
class ServeProbesIT {
  /** A loopback address other than the default, so that "listens on --listen" means something. */
  private static final String LISTEN = "127.0.0.2";

  /**
   * Which logins poll: {@code wrong}, {@code factory} and {@code previous}, all by default ({@code
   * -Dserve.probes.logins=factory} polls with one alone). Before the fix the wrong-password poller
   * made serve exit at once, which hid what the other two could do.
   */
  private static final Set<String> LOGINS =
      Set.of(System.getProperty("serve.probes.logins", "wrong,factory,previous").split(","));

  @TempDir Path dir;

  @Test
  void noProbeGetsInServeNeverExitsAndNoOtherUserAppears() throws Exception {
    probe(dir, Integer.getInteger("serve.probes.starts", 3));
  }

  /**
   * The full campaign outside Maven, from the project folder:
   *
   * <pre>
   * java -cp "target/test-classes:target/classes:TEST-CLASSPATH" org.driftgraph.cli.ServeProbesIT 20
   * </pre>
   */
  public static void main(String[] args) throws Exception {
    probe(Files.createTempDirectory("driftgraph-probes"), Integer.parseInt(args[0]));
    System.out.println("every start held");
    System.exit(0);
  }

  private static void probe(Path dir, int starts) throws Exception {
    Path store = dir.resolve("data/neo4j");
    Path ready = dir.resolve("ready.json");
    String previous = null;
    List<String> figures = new ArrayList<>();
    for (int start = 1; start <= starts; start++) {
      String password = OwnerOnlyFile.randomSecret();
      int bolt = freePort();
      int http = freePort();
      List<ServeProbes.Probe> probes = new ArrayList<>();
      if (LOGINS.contains("wrong")) {
        probes.add(
            ServeProbes.bolt("bolt, wrong password", LISTEN, bolt, "neo4j", "wrong-password"));
        probes.add(
            ServeProbes.http("http, wrong password", LISTEN, http, "neo4j", "wrong-password"));
      }
      if (LOGINS.contains("factory")) {
        probes.add(ServeProbes.bolt("bolt, neo4j/neo4j", LISTEN, bolt, "neo4j", "neo4j"));
        probes.add(ServeProbes.http("http, neo4j/neo4j", LISTEN, http, "neo4j", "neo4j"));
      }
      if (previous != null && LOGINS.contains("previous")) {
        probes.add(ServeProbes.bolt("bolt, previous password", LISTEN, bolt, "neo4j", previous));
        probes.add(ServeProbes.http("http, previous password", LISTEN, http, "neo4j", previous));
      }
      Set<InetSocketAddress> before = ListeningSockets.ofThisProcess();
      probes.forEach(ServeProbes.Probe::start);

      long launched = System.nanoTime();
      long readyMillis;
      try {
        Serving serving =
            Serving.start(
                Map.of(CliContext.PASSWORD_VARIABLE, password),
                "serve",
                "--store",
                store.toString(),
                "--listen",
                LISTEN,
                "--bolt-port",
                String.valueOf(bolt),
                "--http-port",
                String.valueOf(http),
                "--ready-file",
                ready.toString());
        readyMillis = (System.nanoTime() - launched) / 1_000_000;

        // Ready means ready: the right password gets in at the first try, the ready file is there.
        assertThat(ServedAddresses.read(store)).isPresent();
        assertThat(Files.readString(ready)).contains("bolt://" + LISTEN + ":" + bolt);
        assertThat(users(LISTEN, bolt, password)).containsExactly("neo4j");

        Set<InetSocketAddress> opened = new HashSet<>(ListeningSockets.ofThisProcess());
        opened.removeAll(before);
        assertThat(opened).as("Bolt, HTTP and the guide").hasSize(3);
        assertThat(opened)
            .allSatisfy(a -> assertThat(a.getAddress()).isEqualTo(InetAddress.getByName(LISTEN)));

        // The probes go on against a served store for a while; serve must not mind.
        Thread.sleep(1_000);
        assertThat(serving.exit()).as(serving.err()).isNotDone();
        for (ServeProbes.Probe probe : probes) {
          probe.stop();
        }
        assertThat(users(LISTEN, bolt, password)).containsExactly("neo4j");
        serving.stopAndWait(Duration.ofSeconds(60));
        assertThat(ready).doesNotExist();

        for (ServeProbes.Probe probe : probes) {
          assertThat(probe.gotIn.get()).as(probe.toString()).isZero();
          // It did reach the server: the test is not passing on a port nobody answered.
          assertThat(probe.refused.get()).as(probe.toString()).isPositive();
        }
      } catch (AssertionError | RuntimeException e) {
        // What the probes saw says more than the first check that failed.
        throw new AssertionError("start " + start + ", " + probes + ": " + e, e);
      }
      figures.add("start " + start + ": ready in " + readyMillis + " ms; " + probes);
      previous = password;
    }
    figures.forEach(System.out::println);
  }

  private static List<String> users(String host, int port, String password) {
    try (Driver driver =
            GraphDatabase.driver(
                "bolt://" + host + ":" + port,
                AuthTokens.basic("neo4j", password),
                Config.builder().withLogging(Logging.none()).withoutEncryption().build());
        Session system = driver.session(SessionConfig.forDatabase("system"))) {
      return system.run("SHOW USERS YIELD user").list(r -> r.get(0).asString());
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LISTEN))) {
      return socket.getLocalPort();
    }
  }
}
