package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.driftgraph.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Persons outside the gazetteer that reporting introduces without a plain role before the name
 * (issue 11, round 14): a name given only in part ({@link IdentifiedPersons}) and an Arabic
 * commentator after a field written as a chain of nouns ({@link ArabicPersonCues}).
 */
class NamedByPhrasePersonsTest {

  @Test
  void aNameGivenOnlyInPartIsAPerson() {
    List<Entity> found =
        NameDiscovererTest.entities(
            "en",
            "A driver who gave his first name as Olek said the chat had moved. Court papers name"
                + " a second suspect, identified only by the initials P.W., as its founder.");
    assertThat(found)
        .extracting(Entity::name, Entity::kind)
        .containsExactly(tuple("Olek", "person"), tuple("P.W.", "person"));
  }

  @Test
  void aBareIdentifiedAsNamesNoPerson() {
    assertThat(
            NameDiscovererTest.entities(
                "en", "The channel was identified as Amber Shore by two research groups."))
        .isEmpty();
  }

  @Test
  void anArabicCommentatorAfterAChainOfFieldNounsIsAPerson() {
    SelfTypedNamesTest.assertSpeakingPerson(
        NameDiscovererTest.discover(
            "ar", "وقال الخبير في مكافحة تجنيد الشباب سامي العبيدي إن حذف القنوات لا يكفي."),
        "سامي العبيدي");
  }

  @Test
  void anArabicCommentatorBeforeAVerbOfSayingOrTheOutletIsAPerson() {
    SelfTypedNamesTest.assertSpeakingPerson(
        NameDiscovererTest.discover(
            "ar", "الباحثة في الحركات المتشددة ليلى الخطيب قالت إن المنصات تأخرت في التحرك."),
        "ليلى الخطيب");
    SelfTypedNamesTest.assertSpeakingPerson(
        NameDiscovererTest.discover(
            "ar", "ويرى الباحث في شؤون الإعلام الرقمي كريم الدباغ لـ«النهار» أن الجماعة ستعود."),
        "كريم الدباغ");
  }

  @Test
  void aDefiniteThirdWordAfterTheFieldIsTheFamilyName() {
    SelfTypedNamesTest.assertSpeakingPerson(
        NameDiscovererTest.discover(
            "ar", "ويرى الباحث في الإعلام الجديد سعيد نور الهدى أن الحظر جاء متأخرا."),
        "سعيد نور الهدى");
  }

  @Test
  void aFieldThatGoesOnWithoutANameGivesNoPerson() {
    assertThat(
            NameDiscovererTest.entities(
                "ar", "وقال الباحث في مركز دراسات الأمن الرقمي إن حذف القنوات لا يكفي."))
        .isEmpty();
  }
}
