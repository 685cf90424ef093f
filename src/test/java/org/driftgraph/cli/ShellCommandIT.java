package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.driftgraph.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

class ShellCommandIT {
  @TempDir Path dir;

  @Test
  void runsAScriptOnTheStoreAndPassesCypherShellsExitCode() throws Exception {
    Path store = dir.resolve("neo4j");
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, dir.resolve("import"));
        Session session = neo4j.driver().session()) {
      session
          .run("UNWIND ['tamtam', 'telegram', 'isis'] AS id CREATE (:Entity {id: id})")
          .consume();
    }
    Path count =
        Files.writeString(
            dir.resolve("count.cypher"), "MATCH (e:Entity) RETURN count(e) AS entities;\n");

    CliRun run = CliRun.of("shell", "--store", store.toString(), "-f", count.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualToNormalizingNewlines("entities\n3\n");

    Path bad = Files.writeString(dir.resolve("bad.cypher"), "MATCH (e:Entity RETURN e;\n");
    CliRun failed = CliRun.of("shell", "--store", store.toString(), "-f", bad.toString());
    assertThat(failed.exitCode()).isNotZero();
    assertThat(failed.err()).containsIgnoringCase("invalid input");

    // The session's serve is gone: the store opens again.
    try (EmbeddedNeo4j again = EmbeddedNeo4j.start(store, dir.resolve("import"))) {
      assertThat(again.describe()).contains(store.toString());
    }
  }

  @Test
  void aMissingScriptIsAUsageError() {
    CliRun run =
        CliRun.of(
            "shell",
            "--store",
            dir.resolve("neo4j").toString(),
            "-f",
            dir.resolve("none.cypher").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no such file");
  }
}
