package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;

class EmbeddedNeo4jIT {
  @TempDir Path dir;

  @Test
  void aCommandsStoreRegistersGdsAndApocOnlyWhenAskedAndOnce() {
    Path store = dir.resolve("neo4j");
    try (EmbeddedNeo4j neo4j =
        EmbeddedNeo4j.startWithProceduresOnDemand(store, dir.resolve("import"))) {
      assertThat(neo4j.startTimes().registerMillis()).isZero();
      assertThat(procedureCount(neo4j.driver(), "gds.")).isZero();
      assertThat(procedureCount(neo4j.driver(), "apoc.")).isZero();
      neo4j.loadProcedures();
      neo4j.loadProcedures();
      assertThat(procedureCount(neo4j.driver(), "gds.")).isGreaterThan(100);
      assertThat(procedureCount(neo4j.driver(), "apoc.")).isGreaterThan(50);
      try (Session session = neo4j.driver().session()) {
        assertThat(session.run("RETURN gds.version() AS v").single().get("v").asString())
            .startsWith("2.13");
      }
    }
  }

  private static long procedureCount(Driver driver, String prefix) {
    try (Session session = driver.session()) {
      return session
          .run(
              "SHOW PROCEDURES YIELD name WHERE name STARTS WITH $prefix RETURN count(*) AS n",
              java.util.Map.of("prefix", prefix))
          .single()
          .get("n")
          .asLong();
    }
  }

  @Test
  void startsWithGdsAndApocKeepsDataAndRefusesASecondOpen() throws Exception {
    Path store = dir.resolve("neo4j");
    Path imports = dir.resolve("import");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, imports)) {
      System.out.println("embedded start: " + neo4j.startTimes());
      assertThat(neo4j.describe()).contains(store.toString()).contains("bolt://127.0.0.1:");
      try (Session session = neo4j.driver().session()) {
        assertThat(session.run("RETURN gds.version() AS v").single().get("v").asString())
            .startsWith("2.13");
        assertThat(session.run("RETURN apoc.version() AS v").single().get("v").asString())
            .startsWith("5.26");
        session.run("CREATE (:Entity {id: 'tamtam'})").consume();
      }
      Schema.apply(neo4j.driver());

      assertThatThrownBy(() -> EmbeddedNeo4j.start(store, imports))
          .isInstanceOf(StoreException.class)
          .hasMessage("store " + store + " is in use by another process");

      // The loopback port lets in only the store's own password: not an anonymous client, not
      // the factory password, not a guess.
      URI bolt = URI.create(neo4j.boltUri());
      assertThatThrownBy(() -> anonymous(bolt)).isInstanceOf(AuthenticationException.class);
      for (String guess : List.of("neo4j", "unused", "password")) {
        assertThatThrownBy(() -> RemoteNeo4j.connect(bolt, "neo4j", guess))
            .isInstanceOf(StoreException.class)
            .hasMessageContaining("Neo4j at " + bolt + " refused user 'neo4j'");
      }
      try (RemoteNeo4j remote = RemoteNeo4j.connect(bolt, "neo4j", StoreSecret.of(store))) {
        assertThat(StoreStats.count(remote.driver()).nodes("Entity")).isEqualTo(1);
      }
    }
    Path secret = store.resolve(StoreSecret.FILE);
    assertThat(Files.getPosixFilePermissions(secret))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(store.resolve(PasswordRecord.FILE)))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(store.resolve(PasswordRecord.FILE)))
        .doesNotContain(StoreSecret.of(store));
    assertThat(store.resolve("logs")).isDirectory();

    long restart = System.nanoTime();
    try (EmbeddedNeo4j again = EmbeddedNeo4j.start(store, imports)) {
      System.out.println("embedded restart: " + again.startTimes());
      // The password was set on the first start; the second one does not set it again.
      assertThat(again.startTimes().passwordMillis()).isZero();
      try (Session session = again.driver().session()) {
        assertThat(
                session
                    .run("MATCH (e:Entity {id: 'tamtam'}) RETURN count(e) AS c")
                    .single()
                    .get("c")
                    .asLong())
            .isEqualTo(1);
      }
    }
    System.out.printf(
        "embedded restart and close: %d ms%n", (System.nanoTime() - restart) / 1_000_000);
  }

  @Test
  void aPasswordChangedBehindTheRecordsBackIsSetAgainBeforeThePortOpens() {
    Path store = dir.resolve("neo4j");
    Path imports = dir.resolve("import");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, imports);
        Session system = neo4j.driver().session(SessionConfig.forDatabase("system"))) {
      // What a served session that knows the password could do. The password changes last: a
      // connection the driver opens after it would log in with the old one.
      system
          .run("CREATE USER intruder SET PASSWORD 'intruder-password' CHANGE NOT REQUIRED")
          .consume();
      system
          .run(
              "ALTER CURRENT USER SET PASSWORD FROM $old TO 'changed-in-a-session'",
              java.util.Map.of("old", neo4j.password()))
          .consume();
    }
    try (EmbeddedNeo4j again = EmbeddedNeo4j.start(store, imports);
        Session system = again.driver().session(SessionConfig.forDatabase("system"))) {
      assertThat(again.removedUsers()).containsExactly("intruder");
      assertThat(system.run("SHOW USERS YIELD user").list(r -> r.get(0).asString()))
          .containsExactly("neo4j");
      assertThatThrownBy(
              () ->
                  RemoteNeo4j.connect(URI.create(again.boltUri()), "neo4j", "changed-in-a-session"))
          .isInstanceOf(StoreException.class);
    }
  }

  private static void anonymous(URI bolt) {
    try (Driver driver =
        GraphDatabase.driver(
            bolt, AuthTokens.none(), Config.builder().withLogging(Logging.none()).build())) {
      driver.verifyConnectivity();
    }
  }

  @Test
  void anUnreachableServerIsNamedInTheError() {
    URI nowhere = URI.create("bolt://127.0.0.1:1");
    assertThatThrownBy(() -> RemoteNeo4j.connect(nowhere, "neo4j", "secret"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot connect to bolt://127.0.0.1:1");
    assertThatThrownBy(
            () -> RemoteNeo4j.connect(URI.create("http://127.0.0.1:7474"), "neo4j", "secret"))
        .hasMessageContaining("bolt:// or neo4j://");
  }
}
