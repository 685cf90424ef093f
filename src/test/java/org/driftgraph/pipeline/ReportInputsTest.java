package org.driftgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.driftgraph.store.StoreState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportInputsTest {
  private static final StoreState STATE = new StoreState("6f1c0e2a-store", 41);

  @TempDir Path folder;

  private static ReportInputs inputs(StoreState state, int top, LocalDate since) {
    return ReportInputs.of(
        new ReportRequest(Path.of("reports"), Optional.ofNullable(since), top), state);
  }

  @Test
  void inputsReadBackEqualTheOnesWritten() {
    ReportInputs written = inputs(STATE, 10, LocalDate.of(2026, 12, 1));

    written.writeInto(folder);

    assertThat(ReportInputs.readFrom(folder)).contains(written);
    assertThat(written.build()).startsWith("sha256:").hasSize("sha256:".length() + 64);
    assertThat(written.since()).isEqualTo("2026-12-01");
  }

  @Test
  void anyChangedInputMakesOtherInputs() {
    ReportInputs base = inputs(STATE, 10, null);

    assertThat(inputs(new StoreState("6f1c0e2a-store", 42), 10, null)).isNotEqualTo(base);
    assertThat(inputs(new StoreState("another-store", 41), 10, null)).isNotEqualTo(base);
    assertThat(inputs(STATE, 5, null)).isNotEqualTo(base);
    assertThat(inputs(STATE, 10, LocalDate.of(2026, 1, 1))).isNotEqualTo(base);
    assertThat(inputs(STATE, 10, null)).isEqualTo(base);
  }

  @Test
  void aFolderWithoutReadableInputsHasNone() throws Exception {
    assertThat(ReportInputs.readFrom(folder)).isEmpty();

    Files.writeString(folder.resolve(ReportInputs.FILE_NAME), "{ not json");

    assertThat(ReportInputs.readFrom(folder)).isEmpty();
  }

  @Test
  void theBuildDigestCoversEveryFileAndItsName() throws Exception {
    Path classes = folder.resolve("classes");
    Files.createDirectories(classes.resolve("org"));
    Files.writeString(classes.resolve("org/A.class"), "a");
    String before = BuildIdentity.digestOf(classes);

    Files.writeString(classes.resolve("org/A.class"), "b");
    String changed = BuildIdentity.digestOf(classes);
    Files.move(classes.resolve("org/A.class"), classes.resolve("org/B.class"));
    String renamed = BuildIdentity.digestOf(classes);

    assertThat(before).hasSize(64).isNotEqualTo(changed);
    assertThat(renamed).isNotEqualTo(changed);
  }

  @Test
  void aStoreStateNeedsAnIdAndATransaction() {
    assertThatThrownBy(() -> new StoreState(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StoreState("id", -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
