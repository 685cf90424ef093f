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
    assertThat(entities("Reporters met Northern Vigil Network (Monday) members.")).isEmpty();
    assertThat(entities("The Northern Vigil Network (NV) posted again.")).isEmpty();
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
    assertThat(entities("The server was closed by Brightwave, Inc. in March."))
        .extracting(Entity::name, Entity::type)
        .containsExactly(tuple("Brightwave, Inc", EntityType.ORGANIZATION));
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
    assertThat(found)
        .singleElement()
        .satisfies(
            name -> {
              assertThat(name.entity().name()).isEqualTo("سليم برادة");
              assertThat(name.entity().kind()).isEqualTo("person");
              assertThat(name.source()).isTrue();
            });
  }

  @Test
  void withoutSpeechAfterTheNameTheCommasSetOffNoPerson() {
    assertThat(
            NameDiscovererTest.entities(
                "ar", "ورصد الباحث في شؤون الإعلام الرقمي، قنوات جديدة، على المنصة."))
        .isEmpty();
  }
}
