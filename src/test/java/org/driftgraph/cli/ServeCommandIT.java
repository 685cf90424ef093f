package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.schedule.RunLock;
import org.driftgraph.serve.ServePassword;
import org.driftgraph.serve.ServedAddresses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

class ServeCommandIT {
  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void servesUntilStoppedWithAGeneratedPasswordThatIsNeverPrinted() throws Exception {
    Path store = dir.resolve("data/neo4j");
    Serving serving =
        Serving.start(
            Map.of(), "serve", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0");
    Path passwordFile = dir.resolve("data/neo4j.password");
    String password = Files.readString(passwordFile).strip();
    assertThat(Files.getPosixFilePermissions(passwordFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(password).hasSizeGreaterThanOrEqualTo(32);
    ServedAddresses addresses = ServedAddresses.read(store).orElseThrow();

    try (Driver driver =
            GraphDatabase.driver(addresses.bolt(), AuthTokens.basic("neo4j", password));
        Session session = driver.session()) {
      assertThat(session.run("RETURN gds.version() AS v").single().get("v").asString())
          .startsWith("2.13");
    }
    HttpResponse<String> browser = get(addresses.http().resolve("/browser/"));
    assertThat(browser.statusCode()).isEqualTo(200);
    assertThat(browser.body()).contains("Neo4j Browser");
    URI query = addresses.http().resolve("/db/neo4j/query/v2");
    assertThat(post(query, password).statusCode()).isEqualTo(202);
    assertThat(post(query, password).body()).contains("\"values\":[[1]]");
    assertThat(post(query, null).statusCode()).isEqualTo(401);

    HttpResponse<String> guide = get(addresses.guide());
    assertThat(guide.statusCode()).isEqualTo(200);
    assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    SavedQueries.list()
        .forEach(q -> assertThat(guide.body()).contains("<h3>" + q.name() + "</h3>"));

    // cypher-shell finds the running serve through its address file and the password file.
    Path script = Files.writeString(dir.resolve("count.cypher"), "RETURN 40 + 2 AS answer;\n");
    CliRun shell = CliRun.of("shell", "--store", store.toString(), "-f", script.toString());
    assertThat(shell.exitCode()).as(shell.err()).isZero();
    assertThat(shell.out()).contains("42");

    String out = serving.stopAndWait(Duration.ofSeconds(5));
    assertThat(out)
        .contains("Bolt      " + addresses.bolt())
        .contains("Browser   " + addresses.http().resolve("/browser/"))
        .contains(":play " + addresses.guide())
        .contains(
            "password from "
                + dir.resolve("data/neo4j.password")
                + " (generated now, readable only by you)")
        .contains("./driftgraph shell")
        .contains("cypher/bloom/driftgraph.bloom-perspective.json")
        .contains("Stopped; the store is closed.")
        .doesNotContain(password);
    assertThat(serving.err()).doesNotContain(password);
    assertThat(ServedAddresses.fileFor(store)).doesNotExist();

    // The second serve reads the file instead of generating another password.
    Serving again =
        Serving.start(
            Map.of(), "serve", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0");
    assertThat(Files.readString(passwordFile).strip()).isEqualTo(password);
    assertThat(again.stopAndWait(Duration.ofSeconds(5)))
        .contains("password from " + passwordFile + "\n");
  }

  @Test
  void thePasswordVariableWinsAndAFileOthersCanReadIsRefused() throws Exception {
    Path store = dir.resolve("neo4j");
    String secret = "from-the-environment";
    Serving serving =
        Serving.start(
            Map.of(CliContext.PASSWORD_VARIABLE, secret),
            "serve",
            "--store",
            store.toString(),
            "--bolt-port",
            "0",
            "--http-port",
            "0");
    ServedAddresses addresses = ServedAddresses.read(store).orElseThrow();
    try (Driver driver =
        GraphDatabase.driver(addresses.bolt(), AuthTokens.basic("neo4j", secret))) {
      driver.verifyConnectivity();
    }
    String out = serving.stopAndWait(Duration.ofSeconds(5));
    assertThat(out)
        .contains("password from $" + CliContext.PASSWORD_VARIABLE)
        .doesNotContain(secret);
    assertThat(ServePassword.fileFor(store)).doesNotExist();

    Files.writeString(ServePassword.fileFor(store), "readable-by-all\n");
    Files.setPosixFilePermissions(
        ServePassword.fileFor(store), PosixFilePermissions.fromString("rw-r--r--"));
    CliRun refused =
        CliRun.of("serve", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err())
        .contains("others can read it: run chmod 600")
        .doesNotContain("readable-by-all");
  }

  @Test
  void commandsGoThroughARunningServeAndImportsStillRunOneAtATime() throws Exception {
    Path store = dir.resolve("data/neo4j");
    Map<String, String> env = Map.of(CliContext.PASSWORD_VARIABLE, "the-served-password");
    Serving serving =
        Serving.start(
            env, "serve", "--store", store.toString(), "--bolt-port", "0", "--http-port", "0");
    ServedAddresses addresses = ServedAddresses.read(store).orElseThrow();
    String through =
        "is served by 'driftgraph serve' at " + addresses.bolt() + ": going through it";

    CliRun imported =
        CliRun.withEnv(
            env,
            "import",
            "--store",
            store.toString(),
            "--reports",
            dir.resolve("reports").toString(),
            "import/articles");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).contains(through);

    CliRun stats = CliRun.withEnv(env, "stats", "--store", store.toString(), "--format", "json");
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    assertThat(stats.err()).contains(through);
    assertThat(stats.out()).contains("\"Article\"");

    // An import holds the store's import lock, through serve too: a second one is refused.
    Path lockFile = ImportLock.fileFor(store);
    try (RunLock held = RunLock.tryAcquire(lockFile, Instant.now()).orElseThrow()) {
      CliRun second =
          CliRun.withEnv(
              env,
              "import",
              "--store",
              store.toString(),
              "--reports",
              dir.resolve("reports").toString(),
              "import/articles");
      assertThat(second.exitCode()).isEqualTo(ExitCodes.FAILURE);
      assertThat(second.err().strip())
          .isEqualTo(
              "driftgraph: another import into "
                  + store
                  + " is running ("
                  + RunLock.holder(lockFile)
                  + "): one at a time");
    }

    // Without serve's password a command says where it went and why it could not get in.
    CliRun wrong =
        CliRun.withEnv(
            Map.of(CliContext.PASSWORD_VARIABLE, "not-the-password"),
            "stats",
            "--store",
            store.toString());
    assertThat(wrong.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(wrong.err()).contains("cannot go through 'driftgraph serve' at " + addresses.bolt());

    assertThat(serving.exit()).isNotDone();
    serving.stopAndWait(Duration.ofSeconds(60));

    // Serve gone, the store opens as usual, with the import's articles in it.
    CliRun after = CliRun.of("stats", "--store", store.toString(), "--format", "json");
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.err()).doesNotContain("going through");
    assertThat(after.out()).isEqualTo(stats.out());
  }

  @Test
  void aPortInUseFailsWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run =
          CliRun.withEnv(
              Map.of(CliContext.PASSWORD_VARIABLE, "a-password-for-the-test"),
              "serve",
              "--store",
              dir.resolve("neo4j").toString(),
              "--bolt-port",
              String.valueOf(taken.getLocalPort()),
              "--http-port",
              "0");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err().strip().lines()).hasSize(1);
      assertThat(run.err())
          .contains(String.valueOf(taken.getLocalPort()))
          .contains("using the port?");
    }
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI uri, String password) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"statement\": \"RETURN 1 AS n\"}"));
    if (password != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("neo4j:" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
