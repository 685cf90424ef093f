package org.driftgraph.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A test schedule that fires every {@code interval}, aligned to the epoch: fast where cron is per
 * minute.
 */
record EveryInterval(Duration interval) implements Schedule {
  @Override
  public Optional<ZonedDateTime> nextAfter(ZonedDateTime time) {
    long step = interval.toMillis();
    long next = (Math.floorDiv(time.toInstant().toEpochMilli(), step) + 1) * step;
    return Optional.of(Instant.ofEpochMilli(next).atZone(time.getZone()));
  }

  @Override
  public String describe() {
    return "every " + interval.toMillis() + " ms";
  }
}
