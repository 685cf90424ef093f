package org.driftgraph.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronScheduleTest {
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void weeklyExpressionFiresNextMondayAtSeven() {
    CronSchedule schedule = CronSchedule.parse("0 7 * * MON");
    ZonedDateTime saturday = ZonedDateTime.of(2026, 11, 21, 16, 30, 0, 0, UTC);

    assertThat(schedule.nextAfter(saturday))
        .contains(ZonedDateTime.of(2026, 11, 23, 7, 0, 0, 0, UTC));
    assertThat(schedule.nextAfter(ZonedDateTime.of(2026, 11, 23, 7, 0, 0, 0, UTC)))
        .contains(ZonedDateTime.of(2026, 11, 30, 7, 0, 0, 0, UTC));
    assertThat(schedule.describe()).isEqualTo("cron '0 7 * * MON'");
  }

  @Test
  void nextFireTimeIsStrictlyAfterTheGivenTimeAndFollowsTheZone() {
    CronSchedule everyFiveMinutes = CronSchedule.parse("*/5 * * * *");
    ZoneId berlin = ZoneId.of("Europe/Berlin");

    assertThat(everyFiveMinutes.nextAfter(ZonedDateTime.of(2026, 11, 21, 16, 35, 0, 0, berlin)))
        .contains(ZonedDateTime.of(2026, 11, 21, 16, 40, 0, 0, berlin));
    assertThat(
            CronSchedule.parse("30 2 1 1 *")
                .nextAfter(ZonedDateTime.of(2026, 11, 21, 0, 0, 0, 0, berlin)))
        .contains(ZonedDateTime.of(2027, 1, 1, 2, 30, 0, 0, berlin));
  }

  @Test
  void invalidExpressionsAreRefusedNamingTheExpression() {
    assertThatThrownBy(() -> CronSchedule.parse("61 7 * * MON"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid cron expression '61 7 * * MON': ");
    assertThatThrownBy(() -> CronSchedule.parse("0 7 * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0 7 * *'");
    assertThatThrownBy(() -> CronSchedule.parse("0 0 7 * * MON"))
        .as("six fields (seconds) are not Unix cron")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CronSchedule.parse("at seven"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'at seven'");
    assertThatThrownBy(() -> CronSchedule.parse(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty cron expression");
  }
}
