package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StepProgressTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong clock = new AtomicLong();

  @Test
  void onATerminalEachStepRewritesTheLineAndTheLastEndsIt() {
    StepProgress progress = new StepProgress("report", new PrintWriter(err), true, clock::get);

    clock.set(2_000_000_000L);
    progress.stepDone("rankings", 1, 4);
    clock.set(3_000_000_000L);
    progress.stepDone("timeline", 2, 4);
    clock.set(4_000_000_000L);
    progress.stepDone("engine", 4, 4);

    assertThat(err.toString())
        .isEqualTo(
            "\rreport: 1/4 steps (rankings), 2.0 s, about 6 s left"
                + "\rreport: 2/4 steps (timeline), 3.0 s, about 3 s left"
                + "\rreport: 4/4 steps (engine), 4.0 s, done"
                + " ".repeat(12)
                + System.lineSeparator());
  }

  @Test
  void offATerminalNothingIsPrinted() {
    StepProgress progress = new StepProgress("report", new PrintWriter(err), false, clock::get);

    progress.stepDone("rankings", 1, 2);
    progress.stepDone("engine", 2, 2);

    assertThat(err.toString()).isEmpty();
  }
}
