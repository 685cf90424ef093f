package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

class EmbeddedNeo4jIT {
  @TempDir Path dir;

  @Test
  void startsWithGdsAndApocKeepsDataAndRefusesASecondOpen() {
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

      try (RemoteNeo4j remote =
          RemoteNeo4j.connect(URI.create(neo4j.boltUri()), "neo4j", "unused")) {
        assertThat(StoreStats.count(remote.driver()).nodes("Entity")).isEqualTo(1);
      }
    }
    assertThat(store.resolve("logs")).isDirectory();

    long restart = System.nanoTime();
    try (EmbeddedNeo4j again = EmbeddedNeo4j.start(store, imports)) {
      System.out.println("embedded restart: " + again.startTimes());
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
