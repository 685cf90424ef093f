package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftgraph.extract.discover.GazetteerMerges.Merge;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerMergesTest {
  @TempDir Path temp;

  @Test
  void aMissingFileHoldsNoMergesAndLeavesTheGazetteerAsItIs() {
    GazetteerMerges merges = GazetteerMerges.load(temp.resolve("none.json"));

    assertThat(merges.merges()).isEmpty();
    assertThat(merges.applyTo(Articles.GAZETTEER)).isSameAs(Articles.GAZETTEER);
  }

  @Test
  void recordedMergesAreSavedReadBackAndJoinedByTarget() {
    Path file = temp.resolve("sub/merges.json");
    GazetteerMerges.load(file)
        .with(new Merge("tamtam", EntityType.PLATFORM, null, null, List.of("Tam App")))
        .with(new Merge("hoop", EntityType.PLATFORM, null, "Hoop", List.of("Hoop", "هوب")))
        .with(new Merge("tamtam", EntityType.PLATFORM, null, null, List.of("تام أب", "Tam App")))
        .save(file);

    List<Merge> merges = GazetteerMerges.load(file).merges();

    assertThat(merges).extracting(Merge::into).containsExactly("tamtam", "hoop");
    assertThat(merges.get(0).names()).containsExactly("Tam App", "تام أب");
    assertThat(merges.get(1).name()).isEqualTo("Hoop");
  }

  @Test
  void mergedNamesAreMatchedAsTheTargetAndUnknownTargetsBecomeEntities() {
    GazetteerMerges merges =
        GazetteerMerges.load(temp.resolve("none.json"))
            .with(new Merge("tamtam", EntityType.PLATFORM, null, null, List.of("تام أب")))
            .with(new Merge("hoop", EntityType.PLATFORM, null, "Hoop", List.of("Hoop", "هوب")))
            .with(new Merge("atomwaffen", EntityType.ACTOR, "group", null, List.of("Atomwaffen")));

    Gazetteer gazetteer = merges.applyTo(Articles.GAZETTEER);

    assertThat(gazetteer.find("hoop"))
        .get()
        .extracting(Entity::name, Entity::discovered)
        .containsExactly("Hoop", false);
    assertThat(gazetteer.find("atomwaffen"))
        .get()
        .extracting(Entity::name, Entity::kind)
        .containsExactly("Atomwaffen", "group");
    assertThat(
            new EntityMatcher(gazetteer, RuleSet.load(Path.of("import", "rules")).affixes())
                .find("انتقلوا من وتام أب إلى هوب وبقي ISIS."))
        .extracting(Mention::entityId)
        .containsExactly("tamtam", "hoop", "isis");
  }

  @Test
  void aNameAnotherEntityHasIsAnErrorThatNamesTheFile() throws Exception {
    Path file = temp.resolve("merges.json");
    Files.writeString(
        file,
        "{\"format\":\"driftgraph-merges/1\",\"merges\":[{\"into\":\"tamtam\",\"type\":\"Platform\","
            + "\"names\":[\"Telegram\"]}]}");

    assertThatThrownBy(() -> GazetteerMerges.load(file).applyTo(Articles.GAZETTEER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("already a name of entity 'telegram'");
  }

  @Test
  void aTypeThatDisagreesWithTheGazetteerIsAnError() throws Exception {
    Path file = temp.resolve("merges.json");
    Files.writeString(
        file,
        "{\"format\":\"driftgraph-merges/1\",\"merges\":[{\"into\":\"tamtam\",\"type\":\"Outlet\","
            + "\"names\":[\"Tam App\"]}]}");

    assertThatThrownBy(() -> GazetteerMerges.load(file).applyTo(Articles.GAZETTEER))
        .hasMessageContaining(
            "merge into 'tamtam' says type Outlet but the gazetteer has Platform");
  }

  @Test
  void badFilesAreRejectedWithTheFileAndTheReason() throws Exception {
    Path wrongFormat =
        Files.writeString(temp.resolve("a.json"), "{\"format\":\"other\",\"merges\":[]}");
    Path unknownField =
        Files.writeString(
            temp.resolve("b.json"),
            "{\"format\":\"driftgraph-merges/1\",\"merges\":[{\"into\":\"x\",\"type\":\"Platform\",\"names\":[\"X\"],\"alias\":1}]}");
    Path noType =
        Files.writeString(
            temp.resolve("c.json"),
            "{\"format\":\"driftgraph-merges/1\",\"merges\":[{\"into\":\"x\",\"names\":[\"X\"]}]}");
    Path broken = Files.writeString(temp.resolve("d.json"), "{\"format\":");

    assertThatThrownBy(() -> GazetteerMerges.load(wrongFormat))
        .hasMessageContaining("a.json: not a merges file");
    assertThatThrownBy(() -> GazetteerMerges.load(unknownField))
        .hasMessageContaining("b.json: merge #1: unknown field 'alias'");
    assertThatThrownBy(() -> GazetteerMerges.load(noType))
        .hasMessageContaining("c.json: merge #1: \"type\" is required");
    assertThatThrownBy(() -> GazetteerMerges.load(broken))
        .hasMessageContaining("d.json: not valid JSON");
  }
}
