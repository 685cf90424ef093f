package org.driftgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTest {

  private static Claim claim(RelationType type, List<String> eventIds) {
    return new Claim(
        "c1",
        type,
        "a1",
        "isis",
        "tamtam",
        List.of(),
        eventIds,
        "ISIS posted it on TamTam.",
        0,
        0,
        10,
        "2019-11-30T17:55Z",
        DatePrecision.MINUTE,
        Modality.ASSERTED,
        0.8,
        "test");
  }

  @Test
  void keepsTheEventsOfAnAnnouncementSortedAndDistinct() {
    Claim claim =
        claim(
            RelationType.ANNOUNCED_ON,
            List.of(
                "manchester-arena-bombing",
                "london-bridge-attack-2019",
                "manchester-arena-bombing"));

    assertThat(claim.eventIds())
        .containsExactly("london-bridge-attack-2019", "manchester-arena-bombing");
    assertThat(claim(RelationType.ANNOUNCED_ON, null).eventIds()).isEmpty();
  }

  @Test
  void onlyAnAnnouncementIsAboutEvents() {
    assertThat(claim(RelationType.MIGRATED_TO, List.of()).eventIds()).isEmpty();
    assertThatThrownBy(() -> claim(RelationType.MIGRATED_TO, List.of("london-bridge-attack-2019")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only an ANNOUNCED_ON claim is about events");
  }

  @Test
  void anEventIdMustBeASlug() {
    assertThatThrownBy(() -> claim(RelationType.ANNOUNCED_ON, List.of("London Bridge")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claim event 'London Bridge'");
  }
}
