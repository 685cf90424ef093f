package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSecretTest {
  @TempDir Path dir;

  @Test
  void isGeneratedOnceOwnerOnlyAndThenReadBack() throws Exception {
    Path store = dir.resolve("neo4j");
    String secret = StoreSecret.of(store);
    assertThat(secret).hasSize(32).matches("[A-Za-z0-9_-]+");
    Path file = store.resolve(StoreSecret.FILE);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(StoreSecret.of(store)).isEqualTo(secret);
    assertThat(StoreSecret.of(dir.resolve("other"))).isNotEqualTo(secret);
  }

  @Test
  void aSecretOthersCanReadIsRefusedWithoutShowingIt() throws Exception {
    Path store = dir.resolve("neo4j");
    String secret = StoreSecret.of(store);
    Path file = store.resolve(StoreSecret.FILE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> StoreSecret.of(store))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("chmod 600")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
  }

  /**
   * Commands started at the same instant on a new store must agree on one password: none may read
   * the file between its creation and its content, or make a second one.
   */
  @Test
  void commandsRacingOnANewStoreAllGetTheSameSecret() throws Exception {
    int racers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    try {
      for (int round = 0; round < 200; round++) {
        Path store = dir.resolve("race-" + round);
        CyclicBarrier start = new CyclicBarrier(racers);
        List<Future<String>> secrets = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
          secrets.add(
              pool.submit(
                  () -> {
                    start.await();
                    return StoreSecret.of(store);
                  }));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> secret : secrets) {
          distinct.add(secret.get());
        }
        assertThat(distinct).as("round %d", round).hasSize(1);
        assertThat(distinct.iterator().next()).hasSize(32);
        try (var left = Files.list(store)) {
          assertThat(left.map(p -> p.getFileName().toString())).containsExactly(StoreSecret.FILE);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
