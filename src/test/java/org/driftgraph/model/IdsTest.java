package org.driftgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void slugsAreLowercaseKebabCaseOfTheEnglishName() {
    assertThat(Ids.slug("Mail.Ru Group")).isEqualTo("mail-ru-group");
    assertThat(Ids.slug("Kata'ib al-Ghazw")).isEqualTo("kata-ib-al-ghazw");
    assertThat(Ids.slug("Élément")).isEqualTo("element");
    assertThatThrownBy(() -> Ids.slug("تام تام")).hasMessageContaining("no slug");
  }

  @Test
  void nearestIdsPutContainingIdsFirstThenTheClosestByEditDistance() {
    List<String> ids = List.of("telegram", "tamtam", "hoop-messenger", "hop", "riot");

    assertThat(Ids.nearest("hoop", ids, 2)).containsExactly("hoop-messenger", "hop");
    assertThat(Ids.nearest("telgram", ids, 1)).containsExactly("telegram");
    assertThat(Ids.nearest("TamTm", ids, 1)).containsExactly("tamtam");
    assertThat(Ids.nearest("x", List.of(), 3)).isEmpty();
  }
}
