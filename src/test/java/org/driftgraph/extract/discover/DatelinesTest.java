package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.driftgraph.model.Mention;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  private static Mention at(String text, String surface, int from) {
    int start = text.indexOf(surface, from);
    return new Mention("wire", start, start + surface.length(), surface);
  }

  @Test
  void theCreditInADatelineIsNoMentionButTheSameNameInTheStoryIs() {
    String text =
        "Title\n\nMAPUTO/LONDON (Wire) — The group moved to Wire (the app) and (Wire) stayed.";
    Mention credit = at(text, "Wire", 0);
    Mention inStory = at(text, "Wire", credit.end());
    Mention bracketed = at(text, "Wire", inStory.end());

    assertThat(Datelines.withoutCredits(text, List.of(credit, inStory, bracketed)))
        .containsExactly(inStory, bracketed);
  }

  @Test
  void aBracketAfterLowerCaseWordsIsNoDateline() {
    String text = "Supporters (Wire) — moved.";
    Mention wire = at(text, "Wire", 0);

    assertThat(Datelines.withoutCredits(text, List.of(wire))).containsExactly(wire);
  }
}
