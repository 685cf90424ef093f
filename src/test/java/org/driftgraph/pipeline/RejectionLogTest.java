package org.driftgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.driftgraph.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectionLogTest {
  @TempDir Path folder;

  @Test
  void keepsASampleInMemoryAndEveryRejectionInTheFile() throws Exception {
    int count = 250_000;
    try (RejectionLog log = new RejectionLog(folder)) {
      for (int i = 1; i <= count; i++) {
        log.add(new Rejection("dump.jsonl", i, "invalid JSON"));
      }
      assertThat(log.sample()).hasSize(RejectionLog.SAMPLE);
      assertThat(log.sample().get(0).line()).isEqualTo(1);
      assertThat(log.total()).isEqualTo(count);
    }

    Path file = folder.resolve(RejectionLog.NAME);
    assertThat(folder.resolve(RejectionLog.NAME + ".partial")).doesNotExist();
    ObjectMapper json = new ObjectMapper();
    long lines = 0;
    Rejection last = null;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        last = json.readValue(line, Rejection.class);
        lines++;
      }
    }
    assertThat(lines).isEqualTo(count);
    assertThat(last).isEqualTo(new Rejection("dump.jsonl", count, "invalid JSON"));
  }

  @Test
  void aCleanImportLeavesNoListAndRemovesAnOldOne() throws Exception {
    Files.writeString(folder.resolve(RejectionLog.NAME), "{}\n");

    RejectionLog log = new RejectionLog(folder);
    log.close();

    assertThat(log.file()).isNull();
    assertThat(folder.resolve(RejectionLog.NAME)).doesNotExist();
  }
}
