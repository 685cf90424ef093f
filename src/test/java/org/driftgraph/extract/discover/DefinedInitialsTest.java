package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.driftgraph.model.Mention;
import org.junit.jupiter.api.Test;

class DefinedInitialsTest {
  private static Mention mention(String text, String id, String surface) {
    int start = text.indexOf(surface);
    return new Mention(id, start, start + surface.length(), surface);
  }

  @Test
  void initialsDefinedAfterALatinNameStandForItLater() {
    String text =
        "Discord removed servers of the Northern Ember Front (NEF) on Monday. NEF members"
            + " moved to Session; NEFs and NEF-linked pages stayed.";
    List<Mention> found =
        DefinedInitials.find(
            text, List.of(mention(text, "northern-ember-front", "Northern Ember Front")));

    assertThat(found)
        .extracting(Mention::entityId, Mention::surface, Mention::start)
        .containsExactly(
            tuple("northern-ember-front", "NEF", text.indexOf("NEF members")),
            tuple("northern-ember-front", "NEF", text.indexOf("NEF-linked")));
  }

  @Test
  void aBracketThatIsNotTheNamesInitialsDefinesNothing() {
    String text = "Telegram (TG) and Gab (Monday) said RT (Russia) posts. TG Monday Russia.";
    List<Mention> known =
        List.of(
            mention(text, "telegram", "Telegram"),
            mention(text, "gab", "Gab"),
            mention(text, "rt", "RT"));

    assertThat(DefinedInitials.find(text, known)).isEmpty();
  }

  @Test
  void anArabicNameMayBeFollowedByItsLatinFormOrInitials() {
    String text = "نشر التنظيم على تطبيق كونفرسيشنز (Conversations) ثم قال إن Conversations آمن.";
    List<Mention> found =
        DefinedInitials.find(text, List.of(mention(text, "conversations", "كونفرسيشنز")));

    assertThat(found)
        .extracting(Mention::surface, Mention::start)
        .containsExactly(tuple("Conversations", text.lastIndexOf("Conversations")));
  }

  @Test
  void aUseAlreadyCoveredByAMentionIsNotRepeated() {
    String text = "the Islamic Revolutionary Guard Corps (IRGC) and the IRGC Navy.";
    Mention corps = mention(text, "irgc", "Islamic Revolutionary Guard Corps");
    Mention navy = mention(text, "irgc-navy", "IRGC Navy");

    assertThat(DefinedInitials.find(text, List.of(corps, navy))).isEmpty();
  }

  @Test
  void initialsGivenAfterOrOrUsedLaterWithoutADefinitionStandForTheName() {
    String text =
        "Posts of the Harbor Dawn Forces and the Coastal Relay Group, or CRG, spread. Later the"
            + " HDF and CRG channels, and the HD page, went dark.";
    List<Mention> found =
        DefinedInitials.find(
            text,
            List.of(
                mention(text, "harbor-dawn-forces", "Harbor Dawn Forces"),
                mention(text, "coastal-relay-group", "Coastal Relay Group")));

    assertThat(found)
        .extracting(Mention::entityId, Mention::surface)
        .containsExactly(tuple("harbor-dawn-forces", "HDF"), tuple("coastal-relay-group", "CRG"));
  }

  @Test
  void twoWordNamesAndLowerCaseWordsGiveNoUndefinedInitials() {
    String text = "The Iron Front and the Front for winning votes spoke. IF and FWV replied.";
    List<Mention> known =
        List.of(
            mention(text, "iron-front", "Iron Front"),
            mention(text, "front", "Front for winning votes"));

    assertThat(DefinedInitials.find(text, known)).isEmpty();
  }
}
