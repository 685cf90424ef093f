package org.driftgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.driftgraph.model.RelationType.ANNOUNCED_ON;
import static org.driftgraph.model.RelationType.BANNED_BY;
import static org.driftgraph.model.RelationType.MIGRATED_TO;
import static org.driftgraph.model.RelationType.OWNED_BY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.driftgraph.model.Claim;
import org.driftgraph.model.DatePrecision;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.driftgraph.model.ExtractedArticle;
import org.driftgraph.model.Modality;
import org.driftgraph.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {
  @TempDir Path dir;

  private Evaluation score(String documents, ExtractedArticle... predictions) {
    return score(GoldFile.load(GoldFiles.write(dir, documents)), predictions);
  }

  private static Evaluation score(GoldFile gold, ExtractedArticle... predictions) {
    Map<String, ExtractedArticle> byFile = new java.util.LinkedHashMap<>();
    for (ExtractedArticle prediction : predictions) {
      byFile.put(prediction.article().file(), prediction);
    }
    return new Scorer(gold).score(byFile);
  }

  @Test
  void mentionsAreMicroAveragedAndOptionalMentionsIgnored() {
    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": ["isis", "telegram", "tamtam"], "optional_mentions": ["amaq"]},
        {"file": "b.txt", "mentions": ["the-base"]}
        """,
            Predictions.of("a.txt").mentions("isis", "telegram", "amaq", "mail-ru-group").build(),
            Predictions.of("b.txt").mentions("the-base", "the-base").build());

    // a: 2 hits, tamtam missed, amaq ignored, mail-ru-group spurious; b: 1 hit (counted once)
    assertThat(evaluation.mentions()).isEqualTo(new Metrics(3, 1, 1));
    assertThat(evaluation.mentions().precision()).isEqualTo(0.75);
    assertThat(evaluation.mentions().recall()).isEqualTo(0.75);
    assertThat(evaluation.missedMentions()).containsExactly(new MentionError("a.txt", "tamtam"));
    assertThat(evaluation.spuriousMentions())
        .containsExactly(new MentionError("a.txt", "mail-ru-group"));
  }

  @Test
  void onlyMentionsOfScoredTypesCount() {
    GoldFile gold =
        GoldFile.load(
            GoldFiles.write(
                dir,
                "[\"Platform\"]",
                """
        {"file": "a.txt", "mentions": ["isis", "telegram"]}
        """));

    Evaluation evaluation =
        score(gold, Predictions.of("a.txt").mentions("telegram", "amaq", "isis").build());

    assertThat(evaluation.mentions()).isEqualTo(new Metrics(1, 0, 0));
  }

  @Test
  void anEntityNamedDifferentlyMatchesThroughAnAliasAfterNormalization() {
    Entity discovered =
        new Entity("ok-ru", EntityType.PLATFORM, null, "OK", List.of("اودنوكلاسنيكى"), null, true);
    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": ["odnoklassniki", "tamtam"],
         "relations": [{"type": "OWNED_BY", "subject": "tamtam", "object": "odnoklassniki", "evidence": "e"}]}
        """,
            Predictions.of("a.txt")
                .discovered(discovered)
                .mention("ok-ru", "OK")
                .mention("tam-tam-app", "تــام  تام")
                .claim(OWNED_BY, "tam-tam-app", "ok-ru", "s")
                .build());

    assertThat(evaluation.mentions()).isEqualTo(new Metrics(2, 0, 0));
    assertThat(evaluation.relations()).isEqualTo(new Metrics(1, 0, 0));
  }

  @Test
  void theExtractorsDirectoryGivesSurfaceFormsAndTypes() {
    GoldFile gold =
        GoldFile.load(
            GoldFiles.write(
                dir,
                "[\"Platform\"]",
                """
        {"file": "a.txt", "mentions": ["telegram"]}
        """));
    Entity gazetteerTelegram =
        new Entity(
            "telegram-messenger", EntityType.PLATFORM, null, "TELEGRAM", List.of(), null, false);
    Entity gazetteerGroup =
        new Entity("some-group", EntityType.ACTOR, "group", "Some Group", List.of(), null, false);
    Map<String, Entity> directory =
        Map.of(gazetteerTelegram.id(), gazetteerTelegram, gazetteerGroup.id(), gazetteerGroup);
    ExtractedArticle prediction =
        Predictions.of("a.txt")
            .mention("telegram-messenger", "the app")
            .mention("some-group", "the group")
            .build();

    Evaluation evaluation =
        new Scorer(gold, id -> Optional.ofNullable(directory.get(id)))
            .score(Map.of("a.txt", prediction));

    // telegram-messenger is telegram by its gazetteer name; some-group is an Actor, not scored here
    assertThat(evaluation.mentions()).isEqualTo(new Metrics(1, 0, 0));
  }

  @Test
  void relationsAreDistinctFactsScoredOverallAndPerTypeWithOptionalOnesIgnored() {
    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": [],
         "relations": [
           {"type": "MIGRATED_TO", "subject": "isis", "object": "tamtam", "evidence": "moved to TamTam"},
           {"type": "BANNED_BY", "subject": "isis", "object": "telegram", "evidence": "Telegram removed them"},
           {"type": "OWNED_BY", "subject": "tamtam", "object": "mail-ru-group", "evidence": "owned by Mail.Ru"}],
         "optional_relations": [
           {"type": "ANNOUNCED_ON", "subject": "amaq", "object": "tamtam", "evidence": "posted on TamTam"}]}
        """,
            Predictions.of("a.txt")
                .claim(MIGRATED_TO, "isis", "tamtam", "First sentence.")
                .claim(MIGRATED_TO, "isis", "tamtam", "Second sentence.")
                .claim(ANNOUNCED_ON, "amaq", "tamtam", "Optional sentence.")
                .claim(BANNED_BY, "isis", "tamtam", "Wrong sentence.")
                .claim(RelationType.ACTIVE_ON, "isis", "telegram", "Not a scored type.")
                .build());

    assertThat(evaluation.relations()).isEqualTo(new Metrics(1, 1, 2));
    assertThat(evaluation.byType())
        .containsExactly(
            Map.entry("MIGRATED_TO", new Metrics(1, 0, 0)),
            Map.entry("BANNED_BY", new Metrics(0, 1, 1)),
            Map.entry("ANNOUNCED_ON", new Metrics(0, 0, 0)),
            Map.entry("OWNED_BY", new Metrics(0, 0, 1)));
    assertThat(evaluation.relations().precision()).isEqualTo(0.5);
    assertThat(evaluation.relations().recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(evaluation.relations().f1()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void missedAndSpuriousRelationsNameTheDocumentTheRelationAndTheSentence() {
    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": [],
         "relations": [{"type": "BANNED_BY", "subject": "isis", "object": "telegram", "evidence": "Telegram removed them"}]}
        """,
            Predictions.of("a.txt")
                .claim(MIGRATED_TO, "isis", "tamtam", "They went to TamTam.")
                .claim(MIGRATED_TO, "isis", "tamtam", "Later sentence.")
                .build());

    // the article text ("text") does not hold the evidence: the evidence stands in for the sentence
    assertThat(evaluation.missed())
        .containsExactly(
            new RelationError(
                "a.txt",
                new FactKey("BANNED_BY", "isis", "telegram"),
                "Telegram removed them",
                "Telegram removed them",
                null));
    assertThat(evaluation.spurious())
        .containsExactly(
            new RelationError(
                "a.txt",
                new FactKey("MIGRATED_TO", "isis", "tamtam"),
                "They went to TamTam.",
                "They went to TamTam.",
                "rule-migrated_to"));
    assertThat(evaluation.toTable())
        .contains("a.txt: (isis)-[BANNED_BY]->(telegram)", "sentence: Telegram removed them")
        .contains(
            "a.txt: (isis)-[MIGRATED_TO]->(tamtam)  [rule rule-migrated_to]",
            "sentence: They went to TamTam.");
  }

  @Test
  void aMissedRelationIsShownWithTheArticleSentenceItsEvidenceLiesIn() {
    String text =
        "أعلنت الشركة عن خدمة جديدة. وقد حجبت «تلغرام» قنوات تنظيم الدولة الأسبوع الماضي. ثم انتهى الأمر.";
    ExtractedArticle article = Predictions.of("a.txt").text(text, "ar").build();

    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": [],
         "relations": [{"type": "BANNED_BY", "subject": "isis", "object": "telegram",
                        "evidence": "حجبت \\"تلغرام\\" قنوات تنظيم الدولة"}]}
        """,
            article);

    RelationError missed = evaluation.missed().get(0);
    assertThat(missed.sentence()).isEqualTo("وقد حجبت «تلغرام» قنوات تنظيم الدولة الأسبوع الماضي.");
    assertThat(missed.evidence()).isEqualTo("حجبت \"تلغرام\" قنوات تنظيم الدولة");
    assertThat(evaluation.toTable()).contains("evidence: حجبت \"تلغرام\" قنوات تنظيم الدولة");
  }

  @Test
  void fromIsRightWhenTheClaimsTogetherNameTheGoldFrom() {
    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": [],
         "relations": [
           {"type": "MIGRATED_TO", "subject": "isis", "object": "tamtam", "evidence": "e", "from": "telegram"},
           {"type": "MIGRATED_TO", "subject": "amaq", "object": "tamtam", "evidence": "e", "from": ["telegram"]},
           {"type": "MIGRATED_TO", "subject": "the-base", "object": "tamtam", "evidence": "e"},
           {"type": "MIGRATED_TO", "subject": "isis", "object": "odnoklassniki", "evidence": "e", "from": "telegram"}]}
        """,
            Predictions.of("a.txt")
                .claim(MIGRATED_TO, "isis", "tamtam", List.of(), null, null, "s1")
                .claim(MIGRATED_TO, "isis", "tamtam", List.of("telegram"), null, null, "s2")
                .claim(MIGRATED_TO, "amaq", "tamtam", List.of("odnoklassniki"), null, null, "s3")
                .claim(MIGRATED_TO, "the-base", "tamtam", List.of("telegram"), null, null, "s4")
                .build());

    // the fourth gold relation is not matched, the third has no gold from: two are checked
    assertThat(evaluation.from()).isEqualTo(new Accuracy(1, 2));
    assertThat(evaluation.wrongFrom())
        .containsExactly(
            new AttributeError(
                "a.txt",
                new FactKey("MIGRATED_TO", "amaq", "tamtam"),
                "telegram",
                "odnoklassniki"));
  }

  @Test
  void aDateIsRightWhenAnyClaimStatesItToTheGoldsPrecision() {
    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": [],
         "relations": [
           {"type": "BANNED_BY", "subject": "isis", "object": "telegram", "evidence": "e", "date": "2019-11"},
           {"type": "OWNED_BY", "subject": "tamtam", "object": "mail-ru-group", "evidence": "e", "date": "2017-03-27"},
           {"type": "MIGRATED_TO", "subject": "isis", "object": "tamtam", "evidence": "e", "date": "2017"},
           {"type": "ANNOUNCED_ON", "subject": "amaq", "object": "tamtam", "evidence": "e"}]}
        """,
            Predictions.of("a.txt")
                .claim(
                    BANNED_BY, "isis", "telegram", List.of(), "2019-10", DatePrecision.MONTH, "s1")
                .claim(
                    BANNED_BY, "isis", "telegram", List.of(), "2019-11-22", DatePrecision.DAY, "s2")
                .claim(
                    OWNED_BY,
                    "tamtam",
                    "mail-ru-group",
                    List.of(),
                    "2017-03",
                    DatePrecision.MONTH,
                    "s3")
                .claim(
                    MIGRATED_TO, "isis", "tamtam", List.of(), "2017-09", DatePrecision.SEASON, "s4")
                .claim(
                    ANNOUNCED_ON,
                    "amaq",
                    "tamtam",
                    List.of(),
                    "2019-11-30",
                    DatePrecision.DAY,
                    "s5")
                .build());

    assertThat(evaluation.dates()).isEqualTo(new Accuracy(2, 3));
    assertThat(evaluation.wrongDates())
        .containsExactly(
            new AttributeError(
                "a.txt",
                new FactKey("OWNED_BY", "tamtam", "mail-ru-group"),
                "2017-03-27",
                "2017-03 (month)"));
  }

  @Test
  void datePrecisionRules() {
    assertThat(Scorer.statesDate(dated("2019-11-30", DatePrecision.DAY), "2019-11")).isTrue();
    assertThat(Scorer.statesDate(dated("2019-11-30", DatePrecision.DAY), "2019")).isTrue();
    assertThat(Scorer.statesDate(dated("2019-11-30", DatePrecision.DAY), "2019-11-30")).isTrue();
    assertThat(Scorer.statesDate(dated("2019-11-30", DatePrecision.DAY), "2019-11-29")).isFalse();
    assertThat(Scorer.statesDate(dated("2019-11", DatePrecision.MONTH), "2019-11-30")).isFalse();
    assertThat(Scorer.statesDate(dated("2017-09", DatePrecision.SEASON), "2017")).isTrue();
    assertThat(Scorer.statesDate(dated("2017-09", DatePrecision.SEASON), "2017-09")).isFalse();
    assertThat(
            Scorer.statesDate(
                dated("2019-11-30T17:55Z", DatePrecision.MINUTE), "2019-11-30T17:55Z"))
        .isTrue();
    assertThat(Scorer.statesDate(dated("2019-11-30T17:55Z", DatePrecision.MINUTE), "2019-11-30"))
        .isTrue();
    assertThat(Scorer.statesDate(dated("2019-11-30", DatePrecision.DAY), "2019-11-30T17:55Z"))
        .isFalse();
    assertThat(Scorer.statesDate(dated(null, null), "2019")).isFalse();
  }

  private static Claim dated(String date, DatePrecision precision) {
    return new Claim(
        "c",
        MIGRATED_TO,
        "a",
        "isis",
        "tamtam",
        List.of(),
        List.of(),
        "s",
        0,
        0,
        1,
        date,
        precision,
        Modality.ASSERTED,
        1.0,
        "r");
  }

  @Test
  void emptyCasesScoreWithoutDividingByZero() {
    Evaluation nothingAtAll =
        score(
            """
        {"file": "a.txt", "mentions": []}
        """,
            Predictions.of("a.txt").build());
    Evaluation nothingFound =
        score(
            """
        {"file": "a.txt", "mentions": ["isis"],
         "relations": [{"type": "BANNED_BY", "subject": "isis", "object": "telegram", "evidence": "e", "date": "2019"}]}
        """,
            Predictions.of("a.txt").build());

    assertThat(
            List.of(
                nothingAtAll.mentions().precision(),
                nothingAtAll.mentions().recall(),
                nothingAtAll.mentions().f1(),
                nothingAtAll.relations().f1(),
                nothingAtAll.dates().accuracy(),
                nothingAtAll.from().accuracy()))
        .containsOnly(1.0);
    assertThat(nothingAtAll.dates().n()).isZero();
    assertThat(nothingFound.relations().precision()).isEqualTo(1.0);
    assertThat(nothingFound.relations().recall()).isEqualTo(0.0);
    assertThat(nothingFound.relations().f1()).isEqualTo(0.0);
    assertThat(nothingFound.dates().n()).isZero();
    assertThat(new Metrics(0, 3, 2).f1()).isEqualTo(0.0);
  }

  @Test
  void aGoldDocumentMissingFromThePredictionsScoresAsNothingFoundAndIsReported() {
    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": ["isis"]},
        {"file": "b.txt", "mentions": ["telegram"]}
        """,
            Predictions.of("sub/a.txt").mentions("isis").build());

    assertThat(evaluation.mentions()).isEqualTo(new Metrics(1, 0, 1));
    assertThat(evaluation.problems()).singleElement().asString().contains("b.txt");
  }

  @Test
  void jsonHasExactlyTheDocumentedShape() throws Exception {
    Evaluation evaluation =
        score(
            """
        {"file": "a.txt", "mentions": ["isis"],
         "relations": [{"type": "BANNED_BY", "subject": "isis", "object": "telegram", "evidence": "gold words"}]}
        """,
            Predictions.of("a.txt")
                .mentions("isis")
                .claim(MIGRATED_TO, "isis", "tamtam", "claim words")
                .build());

    JsonNode json = new ObjectMapper().readTree(evaluation.toJson());

    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("mentions", "relations", "from", "dates", "missed", "spurious");
    assertThat(json.path("mentions").fieldNames())
        .toIterable()
        .containsExactly("precision", "recall", "f1");
    assertThat(json.path("relations").fieldNames())
        .toIterable()
        .containsExactly("precision", "recall", "f1", "byType");
    assertThat(json.path("relations").path("byType").fieldNames())
        .toIterable()
        .containsExactly("MIGRATED_TO", "BANNED_BY", "ANNOUNCED_ON", "OWNED_BY");
    assertThat(
            json.path("relations").path("byType").path("MIGRATED_TO").path("precision").asDouble())
        .isEqualTo(0.0);
    assertThat(json.path("mentions").path("f1").asDouble()).isEqualTo(1.0);
    assertThat(json.path("from").path("n").asInt()).isZero();
    assertThat(json.path("dates").path("accuracy").asDouble()).isEqualTo(1.0);
    JsonNode missed = json.path("missed").get(0);
    assertThat(missed.path("document").asText()).isEqualTo("a.txt");
    assertThat(missed.path("relation").asText()).isEqualTo("(isis)-[BANNED_BY]->(telegram)");
    assertThat(missed.path("sentence").asText()).isEqualTo("gold words");
    JsonNode spurious = json.path("spurious").get(0);
    assertThat(spurious.path("type").asText()).isEqualTo("MIGRATED_TO");
    assertThat(spurious.path("sentence").asText()).isEqualTo("claim words");
    assertThat(spurious.path("rule").asText()).isEqualTo("rule-migrated_to");
  }
}
