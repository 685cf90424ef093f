package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.junit.jupiter.api.Test;

class NamedDescriptionsTest {
  private static DiscoveredName network(List<String> names) {
    Entity entity =
        new Entity("shbkt-mnsqt", EntityType.ACTOR, "group", names.get(0), names, null, true);
    return new DiscoveredName(entity, List.of(new Mention("shbkt-mnsqt", 100, 110, "شبكة منسقة")));
  }

  private static DiscoveredName platform() {
    Entity entity =
        new Entity(
            "nda-alwady",
            EntityType.PLATFORM,
            null,
            "نداء الوادي",
            List.of("نداء الوادي"),
            null,
            true);
    return new DiscoveredName(entity, List.of(new Mention("nda-alwady", 7, 18, "نداء الوادي")));
  }

  @Test
  void aNameTheStoryGaveTheDescribedActorIsThatActorNotAPlatformOfItsOwn() {
    List<DiscoveredName> merged =
        NamedDescriptions.merged(
            List.of(platform(), network(List.of("شبكة منسقة", "الشبكة", "نداء الوادي"))));

    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).entity().id()).isEqualTo("shbkt-mnsqt");
    assertThat(merged.get(0).mentions())
        .extracting(Mention::start, Mention::entityId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(7, "shbkt-mnsqt"),
            org.assertj.core.groups.Tuple.tuple(100, "shbkt-mnsqt"));
  }

  @Test
  void aDescribedActorWithoutThatNameLeavesThePlatformAlone() {
    List<DiscoveredName> found = List.of(platform(), network(List.of("شبكة منسقة", "الشبكة")));

    assertThat(NamedDescriptions.merged(found)).isSameAs(found);
  }
}
