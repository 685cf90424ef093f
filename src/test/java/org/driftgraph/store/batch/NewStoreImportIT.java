package org.driftgraph.store.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.StoreException;
import org.driftgraph.store.StoreLocation;
import org.driftgraph.store.StoreStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * The import tool's failures leave the store folder as it was and name the corpus and the reason; a
 * store that holds a database is never written by the batch path.
 */
class NewStoreImportIT {
  private static final List<Entity> GAZETTEER =
      List.of(
          new Entity(
              "telegram", EntityType.PLATFORM, null, "Telegram", List.of("Telegram"), null, false),
          new Entity("nameless", EntityType.PLATFORM, null, "Nameless", List.of(), null, false));

  @TempDir Path dir;

  @Test
  void badDataLeavesTheStoreFolderAsItWasAndNamesTheCorpusAndTheReason() throws IOException {
    Path store = dir.resolve("store");
    Files.createDirectories(store);
    Files.writeString(store.resolve("notes.txt"), "kept");
    NewStoreImport batch = NewStoreImport.begin(store, GAZETTEER, null);
    try (batch) {
      batch.finishFiles("corpus.jsonl");
      // A relationship to an article that no file holds: the import tool refuses it.
      Files.writeString(
          batch.csvDir().resolve("stated-in.csv"),
          "\"1\",\"claim-x\",\"no-such-article\",\"STATED_IN\"\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);
      assertThatThrownBy(() -> batch.load("corpus.jsonl"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("batch import of corpus.jsonl")
          .hasMessageContaining("left as it was")
          .hasMessageContaining("import tool")
          .hasMessageContaining("no-such-article");
    }
    assertThat(NewStoreImport.isNew(store)).isTrue();
    try (Stream<Path> left = Files.list(store)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
    }
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("store");
    }
  }

  @Test
  void aCompleteImportIsMovedIntoPlaceWithEmptyNamesKept() {
    Path store = dir.resolve("new");
    try (NewStoreImport batch = NewStoreImport.begin(store, GAZETTEER, null)) {
      batch.importIntoStore("corpus.jsonl");
    }
    assertThat(NewStoreImport.isNew(store)).isFalse();
    try (GraphConnection connection = new StoreLocation.Embedded(store, dir).open()) {
      NewStoreImport.complete(connection.driver());
      assertThat(StoreStats.count(connection.driver()).nodes("Platform")).isEqualTo(2);
      try (Session session = connection.driver().session()) {
        Value names =
            session
                .run("MATCH (e:Entity {id: 'nameless'}) RETURN e.names AS names")
                .single()
                .get("names");
        assertThat(names.isNull()).isFalse();
        assertThat(names.asList()).isEmpty();
      }
    }
  }

  @Test
  void aStoreThatHoldsADatabaseIsRefused() throws IOException {
    Path store = dir.resolve("held");
    Files.createDirectories(store.resolve("data/databases/neo4j"));
    assertThatThrownBy(() -> NewStoreImport.begin(store, GAZETTEER, null))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("already holds a database");
  }
}
