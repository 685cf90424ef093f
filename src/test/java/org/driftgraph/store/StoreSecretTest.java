package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
