package org.driftgraph.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * A client that polls a port with one login from the moment serve is launched, as an attacker on
 * the same machine would: it counts the times it got in (which must stay 0), was refused a login
 * (which shows it reached the server), or found nothing listening yet. A probe that gets in tries
 * what the campaign's attacker did: create a user of its own.
 */
final class ServeProbes {
  private ServeProbes() {}

  /** One polling client on its own thread. */
  abstract static class Probe implements Runnable {
    private static final long PAUSE_MILLIS = 50;

    final String name;
    final AtomicInteger gotIn = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger unreachable = new AtomicInteger();
    final AtomicInteger other = new AtomicInteger();
    private volatile boolean running = true;
    private final Thread thread;

    Probe(String name) {
      this.name = name;
      this.thread = new Thread(this, "probe " + name);
      thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join(Duration.ofSeconds(30).toMillis());
    }

    @Override
    public void run() {
      while (running) {
        try {
          attempt();
        } catch (RuntimeException e) {
          other.incrementAndGet();
        }
        try {
          Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    abstract void attempt();

    @Override
    public String toString() {
      return String.format(
          "%s: got in %d, refused %d, unreachable %d, other %d",
          name, gotIn.get(), refused.get(), unreachable.get(), other.get());
    }
  }

  /** Logs in over Bolt; one that gets in creates a user. */
  static Probe bolt(String name, String host, int port, String user, String password) {
    Driver driver =
        GraphDatabase.driver(
            "bolt://" + host + ":" + port,
            AuthTokens.basic(user, password),
            Config.builder()
                .withLogging(Logging.none())
                .withoutEncryption()
                .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS)
                .build());
    return new Probe(name) {
      @Override
      void attempt() {
        try {
          driver.verifyConnectivity();
          gotIn.incrementAndGet();
          try (Session system = driver.session(SessionConfig.forDatabase("system"))) {
            system.run("CREATE USER probe IF NOT EXISTS SET PASSWORD 'probe-password-1'").consume();
          } catch (RuntimeException e) {
            // Getting in is the failure already counted; the user may or may not appear.
          }
        } catch (AuthenticationException e) {
          refused.incrementAndGet();
        } catch (ServiceUnavailableException e) {
          unreachable.incrementAndGet();
        }
      }

      @Override
      void stop() throws InterruptedException {
        super.stop();
        driver.close();
      }
    };
  }

  /** Runs a query through the HTTP query API with basic authentication. */
  static Probe http(String name, String host, int port, String user, String password) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/db/neo4j/query/v2"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Basic " + credentials)
            .timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofString("{\"statement\": \"RETURN 1 AS n\"}"))
            .build();
    return new Probe(name) {
      @Override
      void attempt() {
        try {
          int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          if (status / 100 == 2) {
            gotIn.incrementAndGet();
          } else if (status == 401 || status == 403) {
            refused.incrementAndGet();
          } else {
            other.incrementAndGet();
          }
        } catch (java.io.IOException e) {
          unreachable.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }
}
