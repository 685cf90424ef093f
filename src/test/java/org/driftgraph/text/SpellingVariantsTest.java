package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.driftgraph.extract.rules.RuleSet;
import org.driftgraph.model.EntityType;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
  private static final SpellingVariants RULES =
      RuleSet.load(Path.of("import", "rules")).affixes().spellingVariants();

  private static String key(String form) {
    return ArabicNormalization.normalize(form).normalized().strip();
  }

  private static Set<String> variants(String form) {
    return RULES.of(key(form), "ال");
  }

  @Test
  void anInnerLongVowelMayBeLeftOutOfAWordOfASeveralWordName() {
    assertThat(variants("ترامب ميديا")).contains(key("ترمب ميديا"), key("ترامب ميدا"));
    assertThat(variants("بلوسكاي سوشيال")).contains(key("بلوسكي سوشال"), key("بلوسكاي سوشال"));
    assertThat(variants("روكيت تشات")).contains(key("روكت تشات")).doesNotContain(key("روكت تتشات"));
  }

  @Test
  void theLettersOfOneForeignSoundStandForEachOther() {
    assertThat(variants("ساوند غيمز")).contains(key("ساوند جيمز"), key("ساوند قيمز"));
    assertThat(variants("كاتشر ميديا")).contains(key("كاشر ميديا"));
    assertThat(variants("كاشر ميديا")).contains(key("كاتشر ميديا"));
  }

  @Test
  void aOneWordNameChangesOnlyIntoLongWordsSoNoOrdinaryWordIsMade() {
    assertThat(variants("تويتر")).doesNotContain(key("توتر"));
    assertThat(variants("جيميل")).doesNotContain(key("جميل"));
    assertThat(variants("بلوسكاي")).contains(key("بلوسكي"));
  }

  @Test
  void definiteWordsLatinWordsAndTheFirstAndLastLettersStayAsWritten() {
    assertThat(variants("وزارة الداخلية")).allSatisfy(v -> assertThat(v).endsWith("الداخليه"));
    assertThat(variants("Rocket Chat")).isEmpty();
    assertThat(variants("ياندكس")).allSatisfy(v -> assertThat(v).startsWith("ي").endsWith("س"));
  }

  @Test
  void onlyTheListedTypesGetVariantsAndBadRulesAreRefused() {
    assertThat(RULES.appliesTo(EntityType.PLATFORM)).isTrue();
    assertThat(RULES.appliesTo(EntityType.ACTOR)).isFalse();
    assertThat(SpellingVariants.NONE.of("ترامب ميديا", "ال")).isEmpty();
    assertThatThrownBy(() -> new SpellingVariants(List.of("يا"), List.of(), 4, 5, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SpellingVariants(List.of(), List.of(List.of("غ")), 4, 5, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SpellingVariants(List.of(), List.of(), 5, 4, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
