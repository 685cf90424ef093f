package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Mention;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              entity("telegram", EntityType.PLATFORM, "Telegram", "تيليجرام", "تليغرام"),
              entity("the-telegraph", EntityType.OUTLET, "The Telegraph", "تيليجراف"),
              entity(
                  "isis",
                  EntityType.ACTOR,
                  "ISIS",
                  "IS",
                  "Islamic State",
                  "داعش",
                  "الدواعش",
                  "تنظيم الدولة"),
              entity("iswap", EntityType.ACTOR, "Islamic State West Africa Province"),
              entity(
                  "abu-bakr-al-baghdadi",
                  EntityType.ACTOR,
                  "Abu Bakr al-Baghdadi",
                  "أبو بكر البغدادي",
                  "البغدادي"),
              entity("tamtam", EntityType.PLATFORM, "TamTam", "Tam Tam", "تام تام"),
              entity("amaq", EntityType.OUTLET, "Amaq News Agency", "وكالة أعماق"),
              entity("inspire", EntityType.OUTLET, "Inspire magazine", "مجلة إنسباير"),
              entity("mail-ru-group", EntityType.ORGANIZATION, "Mail.Ru Group", "Mail.Ru"),
              entity("odnoklassniki", EntityType.PLATFORM, "Odnoklassniki", "OK", "أودنوكلاسنيكي"),
              entity("riot", EntityType.PLATFORM, "Riot", "رَيات"),
              entity("signal", EntityType.PLATFORM, "Signal", "سيغنال"),
              entity("isd", EntityType.ORGANIZATION, "ISD", "معهد الحوار الاستراتيجي")),
          Set.of("Signal"));
  private final EntityMatcher matcher =
      new EntityMatcher(GAZETTEER, RuleSet.load(Path.of("import", "rules")).affixes());

  private static Entity entity(String id, EntityType type, String name, String... names) {
    return new Entity(id, type, null, name, List.of(names), null, false);
  }

  private List<String> ids(String text) {
    return matcher.find(text).stream().map(Mention::entityId).toList();
  }

  @Test
  void quotesAroundANameAfterItsCueReadAsSpacesWithExactOffsets() {
    String text =
        "بثت وكالة «أعماق» بيانا، ونشرت مجلة \"إنسباير\" عددا، وأكدت وكالة “أعماق” الخبر.";

    assertThat(matcher.find(text))
        .extracting(Mention::entityId, Mention::surface)
        .containsExactly(
            tuple("amaq", "وكالة «أعماق"),
            tuple("inspire", "مجلة \"إنسباير"),
            tuple("amaq", "وكالة “أعماق"));
    assertThat(matcher.find(text))
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface()));
  }

  @Test
  void aQuotedWordIsNotJoinedToANameAcrossOtherWords() {
    assertThat(ids("وكالة الأنباء «أعماق»")).isEmpty();
  }

  @Test
  void arabicProcliticsAreAllowedAndLeftOutOfTheSpan() {
    String text = "وتيليجرام بتيليجرام والتيليجرام للتيليجرام وبالتيليجرام فالتيليجرام كتيليجرام";

    List<Mention> mentions = matcher.find(text);

    assertThat(mentions)
        .hasSize(7)
        .allSatisfy(
            m -> {
              assertThat(m.entityId()).isEqualTo("telegram");
              assertThat(m.surface()).isEqualTo("تيليجرام");
              assertThat(text.substring(m.start(), m.end())).isEqualTo("تيليجرام");
            });
  }

  @Test
  void aFormWithTheArticleTakesProcliticsAndIsContractedAfterLam() {
    String text = "والبغدادي بالبغدادي للبغدادي وللدواعش";

    assertThat(matcher.find(text))
        .extracting(Mention::entityId, Mention::surface)
        .containsExactly(
            tuple("abu-bakr-al-baghdadi", "البغدادي"),
            tuple("abu-bakr-al-baghdadi", "البغدادي"),
            tuple("abu-bakr-al-baghdadi", "لبغدادي"),
            tuple("isis", "لدواعش"));
    assertThat(ids("البالبغدادي لبغدادي")).isEmpty();
  }

  @Test
  void otherLettersBeforeANameAreNotProclitics() {
    assertThat(ids("متيليجرام ستيليجرام الالتيليجرام Xتيليجرام")).isEmpty();
    assertThat(ids("لتنظيم الدولة")).containsExactly("isis");
  }

  @Test
  void theCharacterAfterANameIsNotALetterOrDigit() {
    assertThat(ids("تيليجرامي Telegrams Telegram2 TamTamX")).isEmpty();
    assertThat(ids("«تيليجرام»، (Telegram) Telegram's TamTam."))
        .containsExactly("telegram", "telegram", "telegram", "tamtam");
  }

  @Test
  void namesThatResembleEachOtherDoNotCollide() {
    assertThat(ids("The Telegraph wrote about Telegram"))
        .containsExactly("the-telegraph", "telegram");
    assertThat(ids("صحيفة تيليجراف عن تطبيق تيليجرام"))
        .containsExactly("the-telegraph", "telegram");
    assertThat(ids("this is ISIS, and IS is not is")).containsExactly("isis", "isis");
    assertThat(ids("Is it ok? It is OK.")).containsExactly("odnoklassniki");
  }

  @Test
  void shortCapitalFormsAndListedWordsMatchOnlyAsWritten() {
    assertThat(ids("isd and Isd and ISD")).containsExactly("isd");
    assertThat(ids("a signal from Signal and SIGNAL")).containsExactly("signal");
    assertThat(ids("riot police and Riot and RIOT")).containsExactly("riot", "riot", "riot");
  }

  @Test
  void theLongestOfOverlappingNamesWins() {
    assertThat(ids("Islamic State West Africa Province and the Islamic State"))
        .containsExactly("iswap", "isis");
    assertThat(matcher.find("Mail.Ru Group and Mail.Ru"))
        .extracting(Mention::entityId, Mention::surface)
        .containsExactly(
            tuple("mail-ru-group", "Mail.Ru Group"), tuple("mail-ru-group", "Mail.Ru"));
  }

  @Test
  void offsetsAndSurfacesAreThoseOfTheOriginalText() {
    String text = "مثل “رَيات” و«أودنوكلاسنيكى» وTam   Tam و تام تام";

    List<Mention> mentions = matcher.find(text);

    assertThat(mentions)
        .extracting(Mention::entityId, Mention::surface)
        .containsExactly(
            tuple("riot", "رَيات"),
            tuple("odnoklassniki", "أودنوكلاسنيكى"),
            tuple("tamtam", "Tam   Tam"),
            tuple("tamtam", "تام تام"));
    for (Mention mention : mentions) {
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.surface());
    }
  }

  @Test
  void spellingVariantsMatchThroughNormalization() {
    assertThat(ids("تيليجرام تيلـيجرام تليغرام TELEGRAM telegram معهد الحوار الإستراتيجي"))
        .containsExactly("telegram", "telegram", "telegram", "telegram", "telegram", "isd");
  }

  @Test
  void aNameDoesNotRunAcrossALineBreak() {
    assertThat(ids("Tam\nTam")).isEmpty();
  }

  @Test
  void aMatchSpacingFormIsANounButNotTheHyphenatedAdjective() {
    Gazetteer gazetteer =
        Gazetteer.of(
            List.of(entity("far-right", EntityType.ACTOR, "far right", "far-right groups")),
            Set.of(),
            Set.of("far right"));
    EntityMatcher spacing =
        new EntityMatcher(gazetteer, RuleSet.load(Path.of("import", "rules")).affixes());

    assertThat(spacing.find("Researchers of the far right moved on.")).hasSize(1);
    assertThat(spacing.find("Far right: Telegram removed channels.")).hasSize(1);
    assertThat(spacing.find("It hosted far-right content and far-right videos.")).isEmpty();
    assertThat(spacing.find("Discord removed far-right groups."))
        .extracting(Mention::surface)
        .containsExactly("far-right groups");
  }

  @Test
  void aMatchQuotedFormIsTheNameOnlyInsideQuotes(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    Path file = dir.resolve("gazetteer.json");
    java.nio.file.Files.writeString(
        file,
        "{\"format\": \"driftgraph-gazetteer/1\", \"entities\": [{\"id\": \"al-sahat\","
            + " \"type\": \"Outlet\", \"kind\": \"press\", \"name\": \"Al-Sahat\","
            + " \"names\": [\"قناة الساحات\", \"الساحات\"], \"matchQuoted\": [\"الساحات\"]}]}");
    EntityMatcher quoted =
        new EntityMatcher(Gazetteer.load(file), RuleSet.load(Path.of("import", "rules")).affixes());
    assertThat(quoted.find("خرج المحتجون إلى الساحات. ونشرت «الساحات» المقطع، ثم قناة الساحات."))
        .extracting(Mention::surface)
        .containsExactly("الساحات", "قناة الساحات");
    assertThat(quoted.find("نشرت \"الساحات\" المقطع").get(0).start()).isEqualTo(6);
  }

  @Test
  void theHeadOfAnArabicConstructNameTakesNoArticle() {
    Gazetteer gazetteer =
        Gazetteer.of(List.of(entity("al-sahat", EntityType.OUTLET, "Al-Sahat", "قناة الساحات")));
    EntityMatcher construct =
        new EntityMatcher(gazetteer, RuleSet.load(Path.of("import", "rules")).affixes());
    assertThat(construct.find("بثت قناة الساحات ولقناة الساحات جمهور، أما القناة الساحات"))
        .extracting(Mention::surface)
        .containsExactly("قناة الساحات", "قناة الساحات");
  }

  @Test
  void aForeignNameIsFoundInItsOtherArabicSpellingsButNotAsAnOrdinaryWord() {
    Gazetteer gazetteer =
        Gazetteer.of(
            List.of(
                entity("tmtg", EntityType.ORGANIZATION, "TMTG", "ترامب ميديا"),
                entity("twitter", EntityType.PLATFORM, "Twitter", "تويتر"),
                entity("movement", EntityType.ACTOR, "Movement", "حركة سيليكا"),
                entity("sellika-one", EntityType.PLATFORM, "Sellika One", "سيليكا وان"),
                entity("sellaka-one", EntityType.ORGANIZATION, "Sellaka One", "سيلاكا وان")));
    EntityMatcher variants =
        new EntityMatcher(gazetteer, RuleSet.load(Path.of("import", "rules")).affixes());
    assertThat(variants.find("المملوكة لمجموعة «ترمب ميديا» زادت حدة التوتر على تويتر"))
        .extracting(Mention::entityId, Mention::surface)
        .containsExactly(tuple("tmtg", "ترمب ميديا"), tuple("twitter", "تويتر"));
    // An actor's name keeps its spelling; سيلكا وان could be either of two entities: neither.
    assertThat(variants.find("أعلنت حركة سيلكا عن سيلكا وان")).isEmpty();
  }
}
