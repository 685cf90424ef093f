package org.driftgraph.schedule;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a scheduled job fires next. The scheduler only asks this; a cron expression is one answer.
 */
public interface Schedule {
  /**
   * The first fire time strictly after {@code time}, or empty when the schedule never fires again.
   */
  Optional<ZonedDateTime> nextAfter(ZonedDateTime time);

  /** How the schedule reads in the log. */
  String describe();
}
