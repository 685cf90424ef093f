package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.driftgraph.store.ServedNeo4j.ServeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;

/**
 * {@code --database}: every session and executable query of a connection goes to the named
 * database. Community Edition has two, {@code neo4j} and {@code system}, which is enough to tell
 * them apart ({@code db.info()} names the database a statement runs in).
 */
class RemoteDatabaseIT {
  private static final String PASSWORD = "remote-db-secret-1";
  private static final String CURRENT = "CALL db.info() YIELD name RETURN name";

  @TempDir static Path dir;
  private static ServedNeo4j served;

  @BeforeAll
  static void serve() {
    served =
        ServedNeo4j.start(
            dir.resolve("neo4j"),
            dir.resolve("import"),
            ServeSettings.loopbackOnFreePorts(PASSWORD));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void withoutADatabaseTheHomeDatabaseIsUsed() {
    try (RemoteNeo4j remote = RemoteNeo4j.connect(served.boltUri(), "neo4j", PASSWORD)) {
      assertThat(current(remote)).isEqualTo("neo4j");
      assertThat(remote.describe()).isEqualTo("Neo4j at " + served.boltUri());
    }
  }

  @Test
  void sessionsAndExecutableQueriesGoToTheNamedDatabase() {
    try (RemoteNeo4j remote = RemoteNeo4j.connect(served.boltUri(), "neo4j", PASSWORD, "system")) {
      assertThat(current(remote)).isEqualTo("system");
      assertThat(remote.describe()).endsWith(", database system");
      List<String> names =
          remote
              .driver()
              .executableQuery(CURRENT)
              .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
              .execute()
              .records()
              .stream()
              .map(r -> r.get("name").asString())
              .toList();
      // The caller's own configuration (read routing) replaced the query's, not the database.
      assertThat(names).containsExactly("system");
    }
  }

  @Test
  void anUnknownDatabaseIsNamedWhenConnecting() {
    assertThatThrownBy(() -> RemoteNeo4j.connect(served.boltUri(), "neo4j", PASSWORD, "news"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Neo4j at " + served.boltUri() + " has no database 'news'");
  }

  @Test
  void aWrongPasswordSaysSoRatherThanThatTheServerIsUnreachable() {
    assertThatThrownBy(() -> RemoteNeo4j.connect(served.boltUri(), "neo4j", "changed-since"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "Neo4j at " + served.boltUri() + " refused user 'neo4j': the password is not");
  }

  private static String current(RemoteNeo4j remote) {
    try (Session session = remote.driver().session()) {
      return session.run(CURRENT).single().get("name").asString();
    }
  }
}
