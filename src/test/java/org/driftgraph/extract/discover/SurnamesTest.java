package org.driftgraph.extract.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicAffixes;
import org.junit.jupiter.api.Test;

class SurnamesTest {
  private static final ArabicAffixes AFFIXES = RuleSet.load(Path.of("import", "rules")).affixes();

  private static Entity person(String id, String name) {
    return new Entity(id, EntityType.ACTOR, "person", name, List.of(name), null, false);
  }

  private static Mention first(String text, String entityId, String surface) {
    int start = text.indexOf(surface);
    return new Mention(entityId, start, start + surface.length(), surface);
  }

  @Test
  void arabicSurnameBehindAConjunctionIsThePerson() {
    String text = "عاد سامر الحداد إلى المنصة. وكان الحداد قد حُذف. ثم انتقل الحداد إلى غيرها.";
    Mention full = first(text, "samer", "سامر الحداد");
    List<Mention> found =
        Surnames.find(
            text, List.of(full), Map.of("samer", person("samer", "سامر الحداد")), AFFIXES);
    assertEquals(2, found.size());
    assertTrue(found.stream().allMatch(m -> m.entityId().equals("samer")));
    assertTrue(found.stream().allMatch(m -> m.surface().equals("الحداد")));
  }

  @Test
  void arabicSurnameWithProcliticsStartsAtTheName() {
    String text = "قال نادر روبرتسون شيئا. وروبرتسون معروف.";
    Mention full = first(text, "nader", "نادر روبرتسون");
    List<Mention> found =
        Surnames.find(
            text, List.of(full), Map.of("nader", person("nader", "نادر روبرتسون")), AFFIXES);
    assertEquals(1, found.size());
    assertEquals(text.indexOf("وروبرتسون") + 1, found.get(0).start());
  }

  @Test
  void aCompoundEndingInAParticleGivesNoSurname() {
    String text = "قال ذبيح الله شيئا. ثم ذكر الله في خطبته.";
    Mention full = first(text, "zabih", "ذبيح الله");
    assertEquals(
        List.of(),
        Surnames.find(text, List.of(full), Map.of("zabih", person("zabih", "ذبيح الله")), AFFIXES));
  }

  @Test
  void aSurnameSharedWithAnotherEntityIsAmbiguous() {
    String text = "التقى سامر الحداد بليلى الحداد. ثم غادر الحداد.";
    Mention one = first(text, "samer", "سامر الحداد");
    Mention two = first(text, "layla", "ليلى الحداد");
    List<Mention> found =
        Surnames.find(
            text,
            List.of(one, two),
            Map.of(
                "samer", person("samer", "سامر الحداد"), "layla", person("layla", "ليلى الحداد")),
            AFFIXES);
    assertEquals(List.of(), found);
  }

  @Test
  void latinSurnameStillFound() {
    String text = "Dale Korvin streamed. Later Korvin was banned.";
    Mention full = first(text, "dale", "Dale Korvin");
    List<Mention> found =
        Surnames.find(text, List.of(full), Map.of("dale", person("dale", "Dale Korvin")), AFFIXES);
    assertEquals(1, found.size());
    assertEquals(text.lastIndexOf("Korvin"), found.get(0).start());
  }

  @Test
  void aGenerationalSuffixIsNoSurname() {
    String text = "Twitch banned Dale Hartigan II in May. Kick banned Hartigan in June.";
    Mention full = first(text, "dale", "Dale Hartigan II");
    List<Mention> found =
        Surnames.find(
            text, List.of(full), Map.of("dale", person("dale", "Dale Hartigan II")), AFFIXES);
    assertEquals(1, found.size());
    assertEquals("Hartigan", found.get(0).surface());
  }
}
