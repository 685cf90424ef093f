package org.driftgraph.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A schedule written as a Unix crontab expression (five fields: minute hour day month weekday). */
public final class CronSchedule implements Schedule {
  private static final CronDefinition UNIX =
      CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX);

  private final String expression;
  private final ExecutionTime executionTime;

  private CronSchedule(String expression, Cron cron) {
    this.expression = expression;
    this.executionTime = ExecutionTime.forCron(cron);
  }

  /**
   * Parses a Unix cron expression such as {@code 0 7 * * MON}.
   *
   * @throws IllegalArgumentException naming the expression and what is wrong with it
   */
  public static CronSchedule parse(String expression) {
    if (expression == null || expression.isBlank()) {
      throw new IllegalArgumentException(
          "empty cron expression: expected five fields, e.g. '0 7 * * MON'");
    }
    String trimmed = expression.strip();
    try {
      Cron cron = new CronParser(UNIX).parse(trimmed);
      cron.validate();
      return new CronSchedule(trimmed, cron);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid cron expression '"
              + trimmed
              + "': "
              + e.getMessage()
              + " (Unix cron: minute hour day-of-month month day-of-week, e.g. '0 7 * * MON')",
          e);
    }
  }

  @Override
  public Optional<ZonedDateTime> nextAfter(ZonedDateTime time) {
    return executionTime.nextExecution(time);
  }

  @Override
  public String describe() {
    return "cron '" + expression + "'";
  }
}
