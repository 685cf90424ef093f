package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.driftgraph.serve.bloom.PerspectiveGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BloomCommandTest {
  @TempDir Path temp;

  @Test
  void writesTheGeneratedPerspectiveWhereOutSays() throws Exception {
    Path out = temp.resolve("bloom/perspective.json");

    CliRun run = CliRun.of("bloom", "--out", out.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(PerspectiveGenerator.json());
    assertThat(run.out())
        .contains("Wrote the Bloom perspective to " + out)
        .contains("Perspectives > Import");
  }

  @Test
  void aFileThatCannotBeWrittenIsAFailureNamingIt() throws Exception {
    Path blocker = Files.writeString(temp.resolve("blocker"), "a file, not a folder");

    CliRun run = CliRun.of("bloom", "--out", blocker.resolve("perspective.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err())
        .contains("cannot write the perspective to " + blocker.resolve("perspective.json"));
  }
}
