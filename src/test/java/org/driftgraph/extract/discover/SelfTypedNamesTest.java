package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Names that carry their own type or frame, without a cue word before them (issue 11, round 8):
 * written out before their initials, opened by "Operation", persons given an age.
 */
class SelfTypedNamesTest {
  private static List<Entity> entities(String text) {
    return NameDiscovererTest.entities("en", text);
  }

  /** One person found, by the name given, who only speaks (never a claim's argument). */
  static void assertSpeakingPerson(List<DiscoveredName> found, String expected) {
    assertThat(found)
        .singleElement()
        .satisfies(
            name -> {
              assertThat(name.entity().name()).isEqualTo(expected);
              assertThat(name.entity().kind()).isEqualTo("person");
              assertThat(name.source()).isTrue();
            });
  }

  @Test
  void aNameBeforeItsInitialsIsAGroupTypedByItsHeadWord() {
    List<Entity> found =
        entities(
            "Members of the Northern Vigil Network (NVN) met in a park. The NVN later posted"
                + " the video on Telegram.");
    assertThat(found)
        .extracting(Entity::name, Entity::type, Entity::kind)
        .containsExactly(tuple("Northern Vigil Network", EntityType.ACTOR, "group"));
  }

  @Test
  void headWordsTypeOutletsAndAgenciesBeforeGroups() {
    List<Entity> found =
        entities(
            "The Harbor Dawn News Agency (HDNA) and the Coastal Cyber Directorate (CCD) both"
                + " commented.");
    assertThat(found)
        .extracting(Entity::name, Entity::type, Entity::kind)
        .containsExactly(
            tuple("Harbor Dawn News Agency", EntityType.OUTLET, "propaganda"),
            tuple("Coastal Cyber Directorate", EntityType.ORGANIZATION, "agency"));
  }

  @Test
  void bracketsThatAreNotTheInitialsDefineNothing() {
    assertThat(entities("Reporters met Northern Vigil Circle (Monday) members.")).isEmpty();
    assertThat(entities("The Northern Vigil Circle (NV) posted again.")).isEmpty();
  }

  @Test
  void operationOpensTheNameOfAnInfluenceOperation() {
    List<Entity> found =
        entities("Researchers traced the videos to Operation Glass Lantern, which used bots.");
    assertThat(found)
        .extracting(Entity::name, Entity::type, Entity::kind)
        .containsExactly(tuple("Operation Glass Lantern", EntityType.ACTOR, "group"));
  }

  @Test
  void anAgeInAppositionMakesAPersonAndALoneSurnameTakesTheFullName() {
    List<Entity> found =
        entities(
            "The latest host to be banned is Marcus Tillery. Tillery, a 41-year-old former"
                + " plumber, moved to another site.");
    assertThat(found)
        .extracting(Entity::name, Entity::type, Entity::kind)
        .containsExactly(tuple("Marcus Tillery", EntityType.ACTOR, "person"));
  }

  @Test
  void aBareAgeBetweenCommasMakesAPerson() {
    List<Entity> found =
        entities("Prosecutors said Dana Whitcombe, 29, of Boise, ran the channel.");
    assertThat(found).extracting(Entity::name).containsExactly("Dana Whitcombe");
  }

  @Test
  void aLeadingTheIsNoWordOfADiscoveredName() {
    List<Entity> found =
        entities("The Civic Wires Foundation, a digital rights group, criticised the ban.");
    assertThat(found).extracting(Entity::name).containsExactly("Civic Wires Foundation");
  }

  @Test
  void aCompanySuffixMayFollowTheNameAfterAComma() {
    // the full stop of an abbreviated suffix is written as part of the company's name
    assertThat(entities("The server was closed by Brightwave, Inc. in March."))
        .extracting(Entity::name, Entity::type)
        .containsExactly(tuple("Brightwave, Inc.", EntityType.ORGANIZATION));
  }

  @Test
  void aSubredditWithCapitalsIsAGroupAndACapitalisedDomainASite() {
    assertThat(
            entities(
                "Reddit closed r/Quiet_Harbor, and its members moved to QuietHarbor.win;"
                    + " r/cooking stayed open."))
        .extracting(Entity::name, Entity::type)
        .containsExactly(
            tuple("r/Quiet_Harbor", EntityType.ACTOR),
            tuple("QuietHarbor.win", EntityType.PLATFORM));
  }

  @Test
  void aTitledOfficialIsAPersonWhoOnlySpeaks() {
    List<DiscoveredName> found =
        NameDiscovererTest.discover(
            "en", "Deputy Commissioner Alan Brooks said the channel was gone.");
    assertSpeakingPerson(found, "Alan Brooks");
  }

  @Test
  void aTitleCarriedOnByItsFieldAndAHyphenatedModifierAreNoPartOfAName() {
    assertThat(
            entities(
                "Assistant Commissioner Cyber Crime and Fraud Unit, Lena Frost, said it was"
                    + " over. The neo-Nazi Tom Reiner, who ran the chat, left."))
        .extracting(Entity::name)
        .containsExactly("Lena Frost", "Tom Reiner");
  }

  @Test
  void aSurnameSetOffBeforeWhoIsNoNewPerson() {
    assertThat(
            entities(
                "The streamer Ada Van Dorne spoke first. Later, Van Dorne, who rarely talks to"
                    + " reporters, left."))
        .extracting(Entity::name)
        .containsExactly("Ada Van Dorne");
  }

  @Test
  void aCompanyNamedAfterAKnownPlatformIsItsOwnEntity() {
    List<DiscoveredName> found =
        NameDiscovererTest.discover("en", "The app is run by TamTam Inc. from Moscow.");
    assertThat(found)
        .singleElement()
        .satisfies(
            name -> {
              assertThat(name.entity().name()).isEqualTo("TamTam Inc.");
              assertThat(name.entity().kind()).isEqualTo("company");
            });
  }

  @Test
  void anAssociationOrNonprofitIsAnOwner() {
    assertThat(
            entities(
                "The app is developed by Loomtree, a French association, and hosted by the"
                    + " nonprofit Quiet Harbor Trust."))
        .extracting(Entity::name, Entity::type)
        .containsExactly(
            tuple("Loomtree", EntityType.ORGANIZATION),
            tuple("Quiet Harbor Trust", EntityType.ORGANIZATION));
  }

  @Test
  void anArabicNamingVerbAfterADescribedTypeNounNamesIt() {
    assertThat(
            NameDiscovererTest.entities(
                "ar", "انتقلت المجموعة إلى تطبيق تراسل قليل الشهرة يدعى \"سيرفين\" بعد الحظر."))
        .extracting(Entity::name, Entity::type)
        .containsExactly(tuple("سيرفين", EntityType.PLATFORM));
  }

  @Test
  void quotedArabicPhrasesThatOpenWithAVerbOrAnAdverbialNounAreNoNames() {
    assertThat(
            NameDiscovererTest.entities(
                "ar",
                "قالت القناة إن حسابها على التطبيق \"يعمل بشكل سليم\". وعلقت المنصة حساب"
                    + " المتحدث باسم الحركة لفترة قصيرة."))
        .isEmpty();
  }

  @Test
  void anArabicFoundationNamedForItsStudiesIsAResearchBody() {
    assertThat(
            NameDiscovererTest.entities(
                "ar", "وبحسب تقرير لمؤسسة \"نبراس\" لدراسات الإعلام، حذفت المنصة القنوات."))
        .extracting(Entity::name, Entity::type, Entity::kind)
        .containsExactly(tuple("نبراس", EntityType.ORGANIZATION, "research"));
  }

  @Test
  void anArabicCommentatorsNameSetOffByCommasAfterALongRoleIsAPerson() {
    List<DiscoveredName> found =
        NameDiscovererTest.discover(
            "ar",
            "وقال الباحث المغربي في شؤون الإعلام الرقمي بجامعة محلية، سليم برادة، إن المنصة تأخرت.");
    assertSpeakingPerson(found, "سليم برادة");
  }

  @Test
  void withoutSpeechAfterTheNameTheCommasSetOffNoPerson() {
    assertThat(
            NameDiscovererTest.entities(
                "ar", "ورصد الباحث في شؤون الإعلام الرقمي، قنوات جديدة، على المنصة."))
        .isEmpty();
  }

  @Test
  void aCapitalisedNameEndingInAnOrganisationNounIsTypedByIt() {
    List<Entity> found =
        entities(
            "Posts by the Eastern Shield Forces were shared by Harbor Dawn Memo, and the Ministry"
                + " of Coastal Affairs said the Northern Lantern Tribe had left.");
    assertThat(found)
        .extracting(Entity::name, Entity::type, Entity::kind)
        .containsExactly(
            tuple("Eastern Shield Forces", EntityType.ACTOR, "group"),
            tuple("Harbor Dawn Memo", EntityType.OUTLET, "propaganda"),
            tuple("Ministry of Coastal Affairs", EntityType.ORGANIZATION, "agency"),
            tuple("Northern Lantern Tribe", EntityType.ACTOR, "group"));
  }

  @Test
  void aPossessiveIsNoWordOfTheNameAfterItNorOfTheNameItEnds() {
    List<Entity> found =
        entities(
            "Meta removed pages of Valdoria's Crimson Dawn Forces. Kestrel's managers said"
                + " nothing, and the firm Kestrel's channel stayed.");
    assertThat(found).extracting(Entity::name).containsExactly("Crimson Dawn Forces", "Kestrel");
  }

  @Test
  void anAmpersandJoinsOneNameAndAHyphenatedModifierIsNoPartOfIt() {
    List<Entity> found =
        entities(
            "He founded the movement Wolf & Lantern in 2017. YouTube dropped neo-Nazi Ash Tribe"
                + " videos.");
    assertThat(found).extracting(Entity::name).containsExactly("Wolf & Lantern", "Ash Tribe");
  }

  @Test
  void aNationalityBeforeACueIsNoNameAndOneWordBeforeAHeadNounIsNoName() {
    assertThat(entities("Users moved to the Swiss messenger Quillbox, and the Army said nothing."))
        .extracting(Entity::name)
        .containsExactly("Quillbox");
  }

  @Test
  void aQuotedArabicNameOpeningWithATypeNounIsOfThatType() {
    assertThat(
            NameDiscovererTest.entities(
                "ar", "ونشرت \"كتائب فجر الساحل\" بيانها عبر \"بوابة الصحراء الكبرى\" يوم الأحد."))
        .extracting(Entity::name, Entity::type)
        .containsExactly(
            tuple("كتائب فجر الساحل", EntityType.ACTOR),
            tuple("بوابة الصحراء الكبرى", EntityType.OUTLET));
  }

  @Test
  void anUnquotedArmedGroupIsKeptWhenTheArticleNamesItTwice() {
    assertThat(
            NameDiscovererTest.entities(
                "ar",
                "وقالت قوات النصر الشعبي إن المنصة حذفت صفحاتها، وأضافت قوات النصر الشعبي أنها"
                    + " ستنتقل."))
        .extracting(Entity::name, Entity::type)
        .containsExactly(tuple("قوات النصر الشعبي", EntityType.ACTOR));
    assertThat(NameDiscovererTest.entities("ar", "وقالت قوات النصر الشعبي إن المنصة حذفت صفحاتها."))
        .isEmpty();
  }

  @Test
  void aTypeNounWithTheArticleOrAnAdjectiveNamesNothing() {
    assertThat(
            NameDiscovererTest.entities(
                "ar",
                "وانتشرت القوات الخاصة الروسية، ثم انتشرت القوات الخاصة الروسية. ووصف البيان"
                    + " \"حركة تصحيحية\" بأنها فاشلة."))
        .isEmpty();
  }

  @Test
  void aRoleWithoutAnArticleAfterTheCommaNamesAPersonOnlyBeforeOf() {
    assertThat(
            entities(
                "A court fined Maren Holtgrave, founder of the Iron Oak network, on Monday. Telegram,"
                    + " founder Pavel said, stayed."))
        .extracting(Entity::name, Entity::kind)
        .containsExactly(tuple("Maren Holtgrave", "person"));
  }

  @Test
  void arabicPersonsAfterAnOfficeOrAResidence() {
    assertThat(
            NameDiscovererTest.entities(
                "ar",
                "حذفت المنصة حساب المقيم في النرويج سامر حداد، وحساب المرشد الروحي للجماعة كمال"
                    + " ياسين. ونشر \"أبو حمزة الساحلي\" بيانا."))
        .extracting(Entity::name, Entity::kind)
        .containsExactly(
            tuple("سامر حداد", "person"),
            tuple("كمال ياسين", "person"),
            tuple("أبو حمزة الساحلي", "person"));
  }

  @Test
  void twoQuotedArabicWordsAfterADefiniteCueNameItOnlyWhenUsedAgain() {
    assertThat(
            NameDiscovererTest.entities(
                "ar", "وقال المتحدث إن التطبيق \"حل مؤقت\" ولن يلغي الوجود على تلغرام."))
        .isEmpty();
    assertThat(
            NameDiscovererTest.entities(
                "ar",
                "انتقلت القناة إلى التطبيق \"بريد النجم\" ثم دعت أنصارها إلى \"بريد النجم\"."))
        .extracting(Entity::name)
        .containsExactly("بريد النجم");
  }
}
