package org.driftgraph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.model.EntityType;
import org.junit.jupiter.api.Test;

class AnaphorTest {
  private static final Pattern SITE = Pattern.compile("الموقع");
  private static final Pattern INTRODUCER = Pattern.compile("موقع");

  @Test
  void aStoryNameNeedsAnIntroducer() {
    assertThatThrownBy(() -> anaphor(null, false, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("story name but no introducer");
  }

  @Test
  void aStoryNameTakesNoAgreement() {
    assertThatThrownBy(() -> anaphor(INTRODUCER, true, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("story name and agreement");
  }

  @Test
  void eitherAloneIsAccepted() {
    assertThat(anaphor(INTRODUCER, false, true).storyName()).isTrue();
    assertThat(anaphor(INTRODUCER, true, false).agreement()).isTrue();
  }

  private static Anaphor anaphor(Pattern introducer, boolean agreement, boolean storyName) {
    return new Anaphor(
        SITE,
        Set.of(EntityType.OUTLET),
        Set.of(),
        introducer,
        2,
        false,
        false,
        false,
        agreement,
        storyName);
  }
}
