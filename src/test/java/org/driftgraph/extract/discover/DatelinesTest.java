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

  @Test
  void aDatelineAfterALineBreakStillCountsAndOneInsideALineDoesNot() {
    String text = "Story text.\n  LONDON, UK (Wire) - report.\nIn Paris, LONDON (Wire) - no.";
    Mention credit = at(text, "Wire", 0);
    Mention midLine = at(text, "Wire", credit.end());

    assertThat(Datelines.withoutCredits(text, List.of(credit, midLine))).containsExactly(midLine);
  }

  @Test
  void aDatelineMayGiveTheDayBeforeTheCredit() {
    String text = "Title\n\nHARGEISA, Oct 3 (Wire) - The outlet moved to Wire, it said.";
    Mention credit = at(text, "Wire", 0);
    Mention inStory = at(text, "Wire", credit.end());

    assertThat(Datelines.withoutCredits(text, List.of(credit, inStory))).containsExactly(inStory);
  }

  @Test
  void aDayAfterLowerCaseWordsIsNoDateline() {
    String text = "Title\n\nThe vote on May 22 (Wire) - moved.";
    Mention wire = at(text, "Wire", 0);

    assertThat(Datelines.withoutCredits(text, List.of(wire))).containsExactly(wire);
  }

  @Test
  void checkingManyNamesOnOneLineLooksBackOnlyOverADatelinesCharacters() {
    // 20,000 bracketed names followed by a dash on one line: each looks back over "X (" alone.
    String unit = "x (Wire) - ";
    String text = "x" + unit.repeat(20_000);
    List<Mention> mentions = new java.util.ArrayList<>();
    for (int i = text.indexOf("Wire"); i >= 0; i = text.indexOf("Wire", i + 1)) {
      mentions.add(new Mention("wire", i, i + 4, "Wire"));
    }

    org.driftgraph.text.WorkCount.Measured<List<Mention>> kept =
        org.driftgraph.text.WorkCount.measure(() -> Datelines.withoutCredits(text, mentions));

    assertThat(kept.result()).hasSize(mentions.size());
    assertThat(kept.units()).isLessThanOrEqualTo(4L * mentions.size());
  }
}
