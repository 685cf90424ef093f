package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMergerTest {
  @Test
  void editDistanceCountsSingleCharacterEdits() {
    assertThat(EntityMerger.editDistance("tamtam", "tamtam")).isZero();
    assertThat(EntityMerger.editDistance("tamtm", "tamtam")).isEqualTo(1);
    assertThat(EntityMerger.editDistance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void idsContainingTheGivenOneComeFirstThenTheClosest() {
    List<String> ids = List.of("telegram", "tamtam", "hoop-messenger", "hop", "riot");

    assertThat(EntityMerger.nearest("hoop", ids, 2)).containsExactly("hoop-messenger", "hop");
    assertThat(EntityMerger.nearest("telgram", ids, 1)).containsExactly("telegram");
  }
}
