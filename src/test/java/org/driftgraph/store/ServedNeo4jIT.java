package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.driftgraph.store.ServedNeo4j.ServeSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;

class ServedNeo4jIT {
  private static final String PASSWORD = "served-secret-1";

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesBoltBrowserAndQueryApiWithAuthentication() throws Exception {
    Path store = dir.resolve("neo4j");
    try (ServedNeo4j served =
        ServedNeo4j.start(
            store, dir.resolve("import"), ServeSettings.loopbackOnFreePorts(PASSWORD))) {
      assertThat(served.boltUri().toString()).startsWith("bolt://127.0.0.1:");
      assertThat(served.httpUri().toString()).startsWith("http://127.0.0.1:");
      try (Session session = served.driver().session()) {
        assertThat(session.run("RETURN gds.version() AS v").single().get("v").asString())
            .startsWith("2.13");
        assertThat(session.run("RETURN apoc.version() AS v").single().get("v").asString())
            .startsWith("5.26");
        session.run("CREATE (:Entity {id: 'tamtam'})").consume();
      }
      try (Driver wrong =
          GraphDatabase.driver(served.boltUri(), AuthTokens.basic("neo4j", "not-the-password"))) {
        assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
      }

      HttpResponse<String> browser = get(served.browserUri());
      assertThat(browser.statusCode()).isEqualTo(200);
      assertThat(browser.body()).containsIgnoringCase("<html").contains("Neo4j Browser");

      HttpResponse<String> answer =
          query(served.queryApiUri(), "MATCH (e:Entity) RETURN count(e) AS n", PASSWORD);
      assertThat(answer.statusCode()).isEqualTo(202);
      assertThat(answer.body()).contains("\"fields\":[\"n\"]").contains("\"values\":[[1]]");
      assertThat(query(served.queryApiUri(), "RETURN 1", null).statusCode()).isEqualTo(401);
      assertThat(query(served.queryApiUri(), "RETURN 1", "wrong-password").statusCode())
          .isEqualTo(401);
    }

    // The password lives in the store's system database: the same one again, then a new one.
    try (ServedNeo4j again =
        ServedNeo4j.start(
            store, dir.resolve("import"), ServeSettings.loopbackOnFreePorts(PASSWORD))) {
      assertThat(count(again.driver())).isEqualTo(1);
      // The same password: no start with the connectors off first.
      assertThat(again.startTimes().passwordMillis()).isZero();
    }
    long closing;
    try (ServedNeo4j changed =
        ServedNeo4j.start(
            store, dir.resolve("import"), ServeSettings.loopbackOnFreePorts("another-secret"))) {
      assertThat(count(changed.driver())).isEqualTo(1);
      assertThat(changed.startTimes().passwordMillis()).isPositive();
      try (Driver old =
          GraphDatabase.driver(changed.boltUri(), AuthTokens.basic("neo4j", PASSWORD))) {
        assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
      }
      closing = System.nanoTime();
    }
    long closeMillis = (System.nanoTime() - closing) / 1_000_000;
    System.out.println("served close: " + closeMillis + " ms");
    assertThat(closeMillis).isLessThan(5_000);

    // The embedded store (Bolt only, the store's own password) still opens the same files.
    try (EmbeddedNeo4j embedded = EmbeddedNeo4j.start(store, dir.resolve("import"))) {
      assertThat(count(embedded.driver())).isEqualTo(1);
    }
  }

  @Test
  void aTakenPortIsAnErrorThatSaysSo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      ServeSettings settings = new ServeSettings("127.0.0.1", taken.getLocalPort(), 0, PASSWORD);
      assertThatThrownBy(
              () -> ServedNeo4j.start(dir.resolve("neo4j"), dir.resolve("import"), settings))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(String.valueOf(taken.getLocalPort()))
          .hasMessageContaining("is another Neo4j or 'driftgraph serve' using the port?");
    }
  }

  @Test
  void settingsCheckThePasswordAndNeverShowIt() {
    assertThat(ServeSettings.loopback(PASSWORD).toString())
        .doesNotContain(PASSWORD)
        .contains("7687")
        .contains("7474");
    assertThat(ServeSettings.loopback(PASSWORD).loopbackOnly()).isTrue();
    assertThat(new ServeSettings("0.0.0.0", 1, 2, PASSWORD).loopbackOnly()).isFalse();
    assertThat(new ServeSettings(null, 1, 2, PASSWORD).listenAddress()).isEqualTo("127.0.0.1");
    assertThatThrownBy(() -> ServeSettings.loopback("short"))
        .hasMessageContaining("at least 8 characters");
    assertThatThrownBy(() -> new ServeSettings("127.0.0.1", 70_000, 0, PASSWORD))
        .hasMessageContaining("70000");
  }

  private static long count(Driver driver) {
    try (Session session = driver.session()) {
      return session.run("MATCH (e:Entity) RETURN count(e) AS n").single().get("n").asLong();
    }
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> query(URI uri, String cypher, String password)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"statement\":\"" + cypher + "\"}"));
    if (password != null) {
      String credentials =
          Base64.getEncoder()
              .encodeToString(("neo4j:" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + credentials);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
