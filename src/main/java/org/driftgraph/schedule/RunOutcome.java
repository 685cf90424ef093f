package org.driftgraph.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one scheduled run did.
 *
 * @param exitCode the job's exit code; meaningless when {@code skipped}
 * @param skipped true when another run held the lock and this one did no work
 */
public record RunOutcome(Instant start, Instant end, int exitCode, boolean skipped) {
  public RunOutcome {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  public Duration duration() {
    return Duration.between(start, end);
  }
}
