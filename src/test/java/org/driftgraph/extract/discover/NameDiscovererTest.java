package org.driftgraph.extract.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.Article;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.Ids;
import org.driftgraph.model.Mention;
import org.driftgraph.text.ArabicAffixes;
import org.driftgraph.text.EntityMatcher;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameDiscovererTest {
  private static final RuleSet RULES = RuleSet.load(Path.of("import", "rules"));
  private static final ArabicAffixes AFFIXES = RULES.affixes();
  private static final NameDiscoverer DISCOVERER = new NameDiscoverer(Articles.GAZETTEER, RULES);
  private static final EntityMatcher KNOWN = new EntityMatcher(Articles.GAZETTEER, AFFIXES);

  static List<DiscoveredName> discover(String language, String text) {
    Article article = Articles.article(language, text);
    return DISCOVERER.discover(article, KNOWN.find(text));
  }

  static List<Entity> entities(String language, String text) {
    return discover(language, text).stream().map(DiscoveredName::entity).toList();
  }

  @Nested
  class Arabic {
    @Test
    void aQuotedNameAfterAnAppCueIsAPlatformWithEveryMention() {
      String text =
          "انتقل أنصار التنظيم إلى تطبيق «هوب» بعد حظر حساباتهم، ونشطوا بهوب منذ ذلك الحين.";
      List<DiscoveredName> found = discover("ar", text);

      assertThat(found)
          .singleElement()
          .satisfies(
              name -> {
                assertThat(name.entity().type()).isEqualTo(EntityType.PLATFORM);
                assertThat(name.entity().name()).isEqualTo("هوب");
                assertThat(name.entity().discovered()).isTrue();
                assertThat(Ids.isSlug(name.entity().id())).isTrue();
                assertThat(name.mentions())
                    .extracting(Mention::surface)
                    .containsExactly("هوب", "هوب");
                assertThat(name.mentions())
                    .allSatisfy(
                        m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("هوب"));
              });
    }

    @Test
    void quotedIndefiniteWordsWithTanweenAreNoName() {
      assertThat(entities("ar", "نشرت المجموعة على منصة \"دليلاً مفصلاً\" عن تثبيت التطبيق."))
          .isEmpty();
      assertThat(entities("ar", "ونشرت عبر تطبيق «كوفر» رسالة، ثم عادت إلى كوفر."))
          .extracting(Entity::name)
          .containsExactly("كوفر");
      assertThat(entities("ar", "حذفت المنصة صفحة جماعة \"هولندا أولاً\" اليمينية."))
          .extracting(Entity::name)
          .containsExactly("هولندا أولاً");
    }

    @Test
    void wordsAfterACueThatHoldAPronounPrepositionOrASayingVerbAreNoName() {
      String twice = "وقال مسؤول في مؤسسة لها قال إن القنوات حذفت. ";
      assertThat(entities("ar", twice + twice)).isEmpty();
    }

    @Test
    void aLatinNameAfterACueWithCliticsIsAPlatform() {
      List<Entity> found =
          entities("ar", "وفتح المؤيدون حسابات بتطبيق Chirpwire للمراسلة، ثم دعوا إلى وChirpwire.");

      assertThat(found)
          .extracting(Entity::id, Entity::type, Entity::name)
          .containsExactly(tuple("chirpwire", EntityType.PLATFORM, "Chirpwire"));
    }

    @Test
    void aQuotedNameAfterAFoundationCueIsAPropagandaOutletWithATransliteratedId() {
      List<Entity> found =
          entities("ar", "أصدرت مؤسسة «نداء الحق» تسجيلا جديدا نشرته قنوات موالية لتنظيم الدولة.");

      assertThat(found)
          .singleElement()
          .satisfies(
              entity -> {
                assertThat(entity.type()).isEqualTo(EntityType.OUTLET);
                assertThat(entity.kind()).isEqualTo("propaganda");
                assertThat(entity.name()).isEqualTo("نداء الحق");
                assertThat(entity.id()).isEqualTo("nda-alhq");
              });
    }

    @Test
    void aGroupNamedWithoutQuotesIsKeptWhenTheArticleUsesItAgain() {
      String text =
          "وأعلنت جماعة حراس الدين مسؤوليتها عن الهجوم. ونشر حراس الدين بيانا على تيليجرام.";
      assertThat(entities("ar", text))
          .extracting(Entity::name, Entity::type, Entity::kind)
          .containsExactly(tuple("حراس الدين", EntityType.ACTOR, "group"));
    }

    @Test
    void aNameReadWithoutQuotesOnceIsNotKept() {
      assertThat(entities("ar", "وتبنت مؤسسة البتار الهجوم في بيان قصير.")).isEmpty();
    }

    @Test
    void quotedNamesListedAfterAPluralCueAreEachDiscovered() {
      List<Entity> found = entities("ar", "وجرب الأنصار منصات أخرى مثل «هوب» و«BCM» قبل العودة.");

      assertThat(found).extracting(Entity::name).containsExactly("هوب", "BCM");
      assertThat(found).allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.PLATFORM));
    }

    @Test
    void aLatinNameNearACueInTheSameSentenceTakesTheCuesType() {
      List<Entity> found = entities("ar", "لجأ الأنصار إلى Hoop، وهو تطبيق مراسلة كندي.");

      assertThat(found)
          .extracting(Entity::id, Entity::type)
          .containsExactly(tuple("hoop", EntityType.PLATFORM));
    }

    @Test
    void theHeadOfAConstructDecidesTheType() {
      List<Entity> found = entities("ar", "نشرت قناة الأخبار الجهادية “صوت الخلافة” البيان.");

      assertThat(found).extracting(Entity::type).containsExactly(EntityType.OUTLET);
    }
  }

  @Test
  void anIdTheGazetteerAlreadyUsesGetsASuffixAndArabicNamesGetAsciiIds() {
    assertThat(EntityIds.idFor("Hoop", Set.of("hoop", "hoop-2"))).isEqualTo("hoop-3");
    assertThat(EntityIds.slugOf("نداء الحق")).isEqualTo("nda-alhq");
  }

  @Nested
  class English {
    @Test
    void aCapitalisedNameAfterAnAppCueIsAPlatform() {
      List<Entity> found =
          entities(
              "en",
              "Supporters moved to the encrypted app Hoop after the ban. Hoop later removed them.");

      assertThat(found)
          .singleElement()
          .satisfies(
              entity -> {
                assertThat(entity.id()).isEqualTo("hoop");
                assertThat(entity.type()).isEqualTo(EntityType.PLATFORM);
              });
      assertThat(
              discover(
                      "en",
                      "Supporters moved to the encrypted app Hoop after the ban. Hoop later removed them.")
                  .get(0)
                  .mentions())
          .hasSize(2);
    }

    @Test
    void aChannelCalledSomethingIsAnOutlet() {
      List<Entity> found =
          entities("en", "Posts appeared on a channel called Sawt al-Khilafa within minutes.");

      assertThat(found)
          .extracting(Entity::name, Entity::type, Entity::kind)
          .containsExactly(tuple("Sawt al-Khilafa", EntityType.OUTLET, "propaganda"));
    }

    @Test
    void aGroupCueNamesAnActorGroup() {
      List<Entity> found =
          entities("en", "Members of the neo-Nazi group Atomwaffen Division used the service.");

      assertThat(found)
          .extracting(Entity::id, Entity::type, Entity::kind)
          .containsExactly(tuple("atomwaffen-division", EntityType.ACTOR, "group"));
    }

    @Test
    void anAppositionNamesThePlatform() {
      List<Entity> found =
          entities("en", "Many joined Chirpwire, a little-known messaging app based in Texas.");

      assertThat(found)
          .extracting(Entity::id, Entity::type)
          .containsExactly(tuple("chirpwire", EntityType.PLATFORM));
    }

    @Test
    void aDefiniteAppositionWithAnAdjectiveNamesAnUnknownPlatform() {
      List<Entity> found =
          entities(
              "en",
              "The channels now post to Vostrel, the state-backed messenger, and to Kordon, a"
                  + " chat and community platform for gamers.");

      assertThat(found)
          .extracting(Entity::id, Entity::type)
          .containsExactly(
              tuple("vostrel", EntityType.PLATFORM), tuple("kordon", EntityType.PLATFORM));
    }

    @Test
    void aDefiniteAppositionWithoutAnAdjectiveOrAtASentenceStartNamesNothing() {
      assertThat(entities("en", "They joined Vostrel, the platform, in May.")).isEmpty();
      assertThat(entities("en", "Meanwhile, the new platform said it removed them.")).isEmpty();
    }

    @Test
    void theNameAfterAPassiveOwnerPhraseIsACompany() {
      assertThat(
              entities(
                  "en",
                  "The forum, owned by Velmark Holdings since 2021, was later operated by Larkspur"
                      + " Media Group."))
          .extracting(Entity::id, Entity::type, Entity::kind)
          .containsExactly(
              tuple("velmark-holdings", EntityType.ORGANIZATION, "company"),
              tuple("larkspur-media-group", EntityType.ORGANIZATION, "company"));
      assertThat(entities("en", "Kordon, a subsidiary of Orbis, is maintained by Nettlefield."))
          .extracting(Entity::id)
          .containsExactly("orbis", "nettlefield");
    }

    @Test
    void aPlaceModifierBeforeTheOwnerIsNotTheOwner() {
      assertThat(
              entities("en", "The app is owned by Shanghai-based Zentrix Labs, its filings say."))
          .extracting(Entity::name, Entity::type)
          .containsExactly(tuple("Zentrix Labs", EntityType.ORGANIZATION));
      assertThat(entities("en", "The forum was run by London-registered Brackwater since 2020."))
          .extracting(Entity::name)
          .containsExactly("Brackwater");
    }

    @Test
    void anOwnerPhraseReadsNoLowerCaseWordsAndNoKnownOwner() {
      assertThat(
              entities(
                  "en",
                  "The channels run by the defendants were owned by the BBC and run by Europol."))
          .isEmpty();
      assertThat(entities("en", "The servers, built by volunteers, stayed up.")).isEmpty();
    }

    @Test
    void aHoldingSuffixNamesACompanyAnywhere() {
      assertThat(entities("en", "Its payments went through Orbis Holding in May."))
          .extracting(Entity::name, Entity::type)
          .containsExactly(tuple("Orbis Holding", EntityType.ORGANIZATION));
    }

    @Test
    void aNameBetweenTheAndAnAppCueIsAPlatform() {
      List<Entity> found =
          entities("en", "Within days the channels reappeared on the Zello Nova app and spread.");

      assertThat(found)
          .extracting(Entity::name, Entity::type)
          .containsExactly(tuple("Zello Nova", EntityType.PLATFORM));
      assertThat(entities("en", "Meta removed the Doppler Link network of fake accounts."))
          .isEmpty();
    }

    @Test
    void aListAfterAPluralCueNamesEachPlatform() {
      List<Entity> found =
          entities("en", "They tried apps such as Hoop, BCM and Rocket.Chat before settling.");

      assertThat(found).extracting(Entity::name).containsExactly("Hoop", "BCM", "Rocket.Chat");
    }

    @Test
    void aShortNameAndItsLongerFormAreOneEntity() {
      List<Entity> found =
          entities(
              "en", "The messaging app Hoop Messenger grew fast; the app Hoop then banned them.");

      assertThat(found)
          .singleElement()
          .satisfies(
              entity -> {
                assertThat(entity.name()).isEqualTo("Hoop Messenger");
                assertThat(entity.names()).contains("Hoop Messenger", "Hoop");
              });
    }
  }

  @Nested
  class NotNames {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "وبدأ التطبيق في إزالة الحسابات، وقال إن التطبيق سيواصل.",
          "ودشنت الوكالة قناة “رسمية” على المنصة.",
          "وحذر المراقبون من أن المنصة باتت “خاوية تماما” من الأنصار.",
          "وتحدثوا عن قيام «الخلافة» مرة أخرى على الإنترنت.",
          "وقالت وكالة تطبيق القانون الأوروبية إنها أغلقت الحسابات.",
          "وتعمل وكالة إنفاذ القانون مع المنصات.",
          "وأطلقت وكالة الأنباء الفرنسية تقريرا.",
          "وتوجه الأنصار إلى تطبيق «2019» ثم إلى منصة «30».",
          "وانضمت جماعة إرهابية أخرى إلى القناة.",
          "وأعلنت حركة مسؤوليتها عن الهجوم.",
          "وبث التنظيم على قناة تليغرام ثم على منصة “تام تام”.",
          "ونقلت قناة «ناشر» البيان عن وكالة “ناشر”.",
          "والتطبيق متاح على أجهزة Android وiOS.",
          "وذكر موقع https://example.com أن الحسابات حذفت."
        })
    void arabicGenericWordsKnownNamesQuotesAndNumbersAreNotDiscovered(String text) {
      assertThat(entities("ar", text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ar|وقال الباحث جون سميث (John Smith) إن التطبيق حذف الحسابات.",
          "en|Telegram removed the channels, said the analyst Jane Moore on Monday.",
          "ar|ويقول الباحث المغربي في شؤون الحركات المتطرفة، يوسف بنعلي، إن الحظر لم يوقف النشاط.",
          "ar|وترى الصحفية الليبية المقيمة في تونس سعاد الورفلي أن المنصة تأخرت كثيرا.",
          "ar|ويقول الخبير في الأمن الرقمي نبيل عبد الكريم إن التطبيق لم يحذف القنوات.",
          "en|\"Bans rarely end a movement,\" said Dana Whitfield, who studies extremism in Berlin.",
          "en|The ban came late, said Omar Castell, an analyst of online extremism.",
          "en|The ban came late, said Ilse Varga, a Hungarian media economist.",
          "ar|وقال المتحدث باسم الحركة سامي فرحات إن المنصة حذفت القنوات."
        })
    void peopleWhoCommentAreSourcesNotArguments(String languageAndText) {
      String[] parts = languageAndText.split("\\|", 2);
      List<DiscoveredName> found = discover(parts[0], parts[1]);
      assertThat(found).hasSize(1);
      assertThat(found.get(0).entity().kind()).isEqualTo("person");
      assertThat(found.get(0).source()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ar|وحذفت يوتيوب قناة الإعلامي المصري سامي الحداد أمس.",
          "en|The commentator Rex Maddow was banned from Twitch.",
          "en|Rex Maddow, a far-right streamer, was banned from Twitch.",
          "en|The campaign was led by Mira Solano, a Chilean Twitch streamer.",
          "en|The app was funded by crypto entrepreneur Felix Harrow in 2021.",
          "ar|وفي ديسمبر 2021 أعلن سمير الدباغ، مالك قناة المستقبل، إغلاق موقع القناة.",
          "ar|ومن بين الحسابات الموثقة حساب عبد الرحمن حلمي، رئيس دائرة الإعلام في الحركة.",
          "ar|وعلقت إكس حساب المتحدث العسكري للجماعة سامر الأهدل مساء الجمعة.",
          "ar|وحذفت يوتيوب قناة زعيم حزب الفجر اليوناني نيكوس ميخالوس.",
          "ar|وعلقت تويتر حساب مؤسس الجماعة كارل ماتسون بعد الهجوم.",
          "ar|ودأب المتحدث باسمها نور الدين سالم على نشر البيانات عبر قناته.",
          "en|The account of Rolf Dekker, the group's leader, was suspended on Monday.",
          "en|Twitter also suspended Mina Castor, its deputy, the same day.",
          "en|Accounts of the magazine and its editor Lionel Brandt were suspended.",
          "ar|وحذفت يوتيوب قناة المنشد سالم الرحبي المتخصصة في الأناشيد."
        })
    void peopleWithARoleAreArguments(String languageAndText) {
      String[] parts = languageAndText.split("\\|", 2);
      List<DiscoveredName> found = discover(parts[0], parts[1]);
      assertThat(found).hasSize(1);
      assertThat(found.get(0).entity().kind()).isEqualTo("person");
      assertThat(found.get(0).source()).isFalse();
    }

    @Test
    void aPersonAfterARoleAndAQuotedGroupIsReadBesideTheGroup() {
      List<DiscoveredName> found =
          discover("ar", "وحظرت فيسبوك صفحة مؤسس جماعة «الدرع الأبيض» كارل ماتسون.");
      assertThat(found)
          .filteredOn(d -> "person".equals(d.entity().kind()))
          .singleElement()
          .satisfies(d -> assertThat(d.source()).isFalse());
      assertThat(found).anyMatch(d -> "group".equals(d.entity().kind()));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ar|وقال ناشط حقوقي إن المنصة حذفت الحسابات.",
          "ar|وأكد الباحث أن التطبيق حذف القنوات.",
          "en|The streamer Kick said it would not ban them.",
          "en|A far-right activist said the app was unsafe.",
          "ar|ويقول الباحث في الشؤون الإسلامية بجامعة القاهرة كمال يوسف إن الحركة انتقلت.",
          "ar|وقال الخبير في شؤون الجماعات المسلحة حسن علي الذي تابع القنوات إن المنصة تأخرت.",
          "en|The company said Monday it had removed the channels.",
          "ar|هاجم المسلحون المبنى الرئيسي، مدير الأمن في المدينة.",
          "ar|أغلقت السلطات قناة المعارضة، رئيس الوزراء السابق.",
          "ar|نشرت الحركة بيانا على تيليغرام، أحد أهم التطبيقات لديها.",
          "en|Researchers said \"Telegram Is Different\" in their report.",
          "ar|وقال المتحدث باسم شركة ميتا إن الحسابات حذفت.",
          "ar|وحذفت المنصة حساب زعيم حزب الاستقلال البريطاني.",
          "ar|وقال المتحدث باسم وزارة الداخلية سامي فرحات إن الموقع حجب.",
          "en|The ban hit Gab Social, the platform of the movement, on Monday.",
          "en|Moving to New Site, the group's leader said, was easy."
        })
    void roleWordsWithoutATwoWordNameDiscoverNoPerson(String languageAndText) {
      String[] parts = languageAndText.split("\\|", 2);
      assertThat(discover(parts[0], parts[1])).noneMatch(d -> "person".equals(d.entity().kind()));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "The app said it had removed the accounts.",
          "A network of supporters moved to the platform Telegram.",
          "In London, a group of researchers watched the channels.",
          "On Monday, the group said the app was unsafe.",
          "They used the messaging service TamTam and the agency Amaq.",
          "The group ISIS posted on the Telegram channel.",
          "Videos went up on the site in November 2019.",
          "Followers of the group NNA shared the posts."
        })
    void englishGenericWordsKnownNamesAndDatesAreNotDiscovered(String text) {
      assertThat(entities("en", text)).isEmpty();
    }
  }

  @Nested
  class NamingTypeNounsAndSuffixes {
    static List<String> typed(String language, String text) {
      return entities(language, text).stream()
          .map(e -> e.type().label() + "/" + e.kind() + ":" + e.name())
          .toList();
    }

    @Test
    void aNetworkNamedByANamingVerbIsAGroupNotASocialNetwork() {
      assertThat(
              typed(
                  "en",
                  "TikTok said the network, which it calls \"Silver Harbour,\" ran 40 accounts."))
          .containsExactly("Actor/group:Silver Harbour");
    }

    @Test
    void aNamingVerbAfterWhoNamesAPersonEvenByAQuotedNickname() {
      assertThat(
              typed(
                  "en",
                  "Its moderator, who posts under the name \"Lanternfish,\" closed the server."))
          .containsExactly("Actor/person:Lanternfish");
    }

    @Test
    void aNamingVerbTakesTheTypeOfTheNearestCueOfItsSentence() {
      assertThat(
              typed(
                  "en",
                  "Members joined a splinter group on Gab calling itself \"Iron Hearth\" in May."))
          .containsExactly("Actor/group:Iron Hearth");
    }

    @Test
    void aNamingVerbWithNoCueNamesNothing() {
      assertThat(entities("en", "The plan, dubbed \"Project Lantern,\" failed. Dubbed Nothing."))
          .isEmpty();
    }

    @Test
    void companyAndGroupSuffixesTypeACapitalisedName() {
      assertThat(
              typed(
                  "en",
                  "The app is run by Quillmark Ltd, and its host is Norvane gGmbH. Meanwhile"
                      + " Northern Shield Legion channels moved."))
          .containsExactly(
              "Organization/company:Quillmark Ltd",
              "Organization/company:Norvane gGmbH",
              "Actor/group:Northern Shield Legion");
    }

    @Test
    void aFirmOrCompanyCueNamesACompany() {
      assertThat(typed("en", "The service is owned by the investment firm Harrowgate."))
          .containsExactly("Organization/company:Harrowgate");
      assertThat(typed("ar", "استحوذت شركة «نوفابيت» على التطبيق العام الماضي."))
          .containsExactly("Organization/company:نوفابيت");
    }

    @Test
    void theDefiniteCompanyNounIsASubjectNotACue() {
      assertThat(
              entities(
                  "ar", "وقال متحدث إن الشركة \"تراجع\" القناة، وتصنف الشركة الأمريكية \"منظمة\"."))
          .isEmpty();
    }

    @Test
    void aNationalityInsideASentenceBelongsToASuffixedName() {
      assertThat(
              typed(
                  "en",
                  "Channels linked to the Canadian Frontier Legion, a loose network of units,"
                      + " were removed."))
          .containsExactly("Actor/group:Canadian Frontier Legion");
    }

    @Test
    void aRoleSetOffByCommasNamesAPersonButNotACompany() {
      assertThat(
              typed(
                  "en",
                  "The forum's founder, Ortwin Kessler, said it would close. Its owner, Velmark"
                      + " Holdings, agreed."))
          .containsExactly("Actor/person:Ortwin Kessler", "Organization/company:Velmark Holdings");
    }

    @Test
    void anArabicRoleWithAPlacePhraseNamesACompoundNamedPerson() {
      assertThat(
              typed(
                  "ar",
                  "انتقل الداعية المتشدد المقيم في هولندا أبو سالم الكرمي، بعد الحظر، إلى منصة أخرى."))
          .containsExactly("Actor/person:أبو سالم الكرمي");
    }

    @Test
    void aLongQuoteAfterADefiniteCueIsSpeechNotAName() {
      assertThat(
              entities(
                  "ar",
                  "وقال إن المنصة الجديدة \"ليست ملاذا آمنا بأي حال\"، وإن القناة \"أزيلت بسبب"
                      + " مخالفات كثيرة جدا\"."))
          .isEmpty();
      assertThat(typed("ar", "انتقلوا إلى المنصة البديلة \"نوفا تشات\" الأسبوع الماضي."))
          .containsExactly("Platform/null:نوفا تشات");
    }

    @Test
    void aDualTypeNounReadsItsListOfQuotedNames() {
      assertThat(typed("ar", "أغلقت المنصة حسابي وكالتي \"برق\" و\"رعد\" الإيرانيتين."))
          .containsExactly("Outlet/propaganda:برق", "Outlet/propaganda:رعد");
    }

    @Test
    void aSingleSuffixWordOrAKnownNameIsNoNewName() {
      assertThat(
              entities("en", "Corps members and the Islamic State Front posted. Front lines held."))
          .isEmpty();
    }
  }
}
