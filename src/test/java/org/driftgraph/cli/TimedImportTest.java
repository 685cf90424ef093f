package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.pipeline.PipelineListener;
import org.junit.jupiter.api.Test;

class TimedImportTest {
  @Test
  void marksEachPhaseAndPrintsThePartsUnderThePhaseTheyBelongTo() {
    List<String> passedOn = new ArrayList<>();
    PipelineListener progress =
        new PipelineListener() {
          @Override
          public void start(String task, int totalFiles) {
            passedOn.add("start " + task);
          }

          @Override
          public void finish() {
            passedOn.add("finish");
          }
        };
    RunTimings timings = RunTimings.of(true);
    TimedImport listener = new TimedImport(progress, timings);

    listener.start("import", 0);
    listener.partCpu("extraction workers", 1234);
    listener.partCpu("writer thread (rows, batches)", 56);
    listener.finish();
    listener.phaseDone("import tool");
    StringWriter out = new StringWriter();
    timings.print(new PrintWriter(out));

    assertThat(passedOn).containsExactly("start import", "finish");
    List<String> lines = out.toString().lines().map(String::strip).toList();
    assertThat(lines.get(0)).isEqualTo("timings: phase, wall ms, process CPU ms");
    int articles = indexOf(lines, "articles read, extracted, written");
    assertThat(lines.get(articles + 1)).startsWith("extraction workers").endsWith(" 1234");
    assertThat(lines.get(articles + 2)).startsWith("writer thread (rows, batches)").endsWith(" 56");
    assertThat(lines.get(articles + 3)).startsWith("import tool");
    assertThat(lines.get(lines.size() - 1)).startsWith("total from JVM start");
  }

  @Test
  void offItKeepsNothingAndPrintsNothing() {
    RunTimings timings = RunTimings.of(false);
    TimedImport listener = new TimedImport(PipelineListener.NONE, timings);
    listener.start("import", 0);
    listener.partCpu("extraction workers", 1);
    listener.finish();
    StringWriter out = new StringWriter();
    timings.print(new PrintWriter(out));
    assertThat(out.toString()).isEmpty();
  }

  private static int indexOf(List<String> lines, String phase) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(phase)) {
        return i;
      }
    }
    throw new AssertionError("no line for " + phase + " in " + lines);
  }
}
