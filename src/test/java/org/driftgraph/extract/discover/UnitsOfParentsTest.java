package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.EntityMatcher;
import org.driftgraph.text.Gazetteer;
import org.junit.jupiter.api.Test;

class UnitsOfParentsTest {
  private static final ArabicAffixes AFFIXES = RuleSet.load(Path.of("import", "rules")).affixes();
  private static final Gazetteer GAZETTEER = Gazetteer.load(Path.of("import", "gazetteer.json"));
  private static final EntityMatcher MATCHER = new EntityMatcher(GAZETTEER, AFFIXES);
  private static final UnitsOfParents UNITS = new UnitsOfParents(GAZETTEER, AFFIXES);

  private static List<Mention> read(String text) {
    return UNITS.withUnits(text, MATCHER.find(text));
  }

  @Test
  void aUnitNounIsTheOutletOfTheParentNamedNearIt() {
    List<Mention> found =
        read("Hezbollah's military media unit opened a channel. The War Media unit posted.");
    assertThat(found)
        .extracting(Mention::entityId, Mention::surface)
        .containsExactly(
            tuple("hezbollah", "Hezbollah"),
            tuple("central-war-media", "military media unit"),
            tuple("central-war-media", "War Media unit"));
  }

  @Test
  void theSameNounIsAnotherGroupsUnitNearThatGroup() {
    List<Mention> found =
        read("نشر الإعلام الحربي التابع لجماعة الحوثي مقطعا. وأعاد الإعلام الحربي نشره.");
    assertThat(found).extracting(Mention::entityId).contains("houthi-war-media");
    assertThat(found).extracting(Mention::entityId).doesNotContain("central-war-media");
  }

  @Test
  void withoutAParentTheUnitNounIsNoMention() {
    assertThat(read("The army's military media unit published a clip.")).isEmpty();
  }
}
