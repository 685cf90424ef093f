package org.driftgraph.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.driftgraph.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
  @TempDir Path dir;

  @Test
  void loadsTheProjectRules() {
    RuleSet rules = RuleSet.load(Path.of("import", "rules"));
    assertThat(rules.triggers()).extracting(TriggerRule::type).contains(RelationType.values());
    assertThat(rules.triggers().get(0).pattern().matcher("ويهجرون").find()).isTrue();
  }

  @Test
  void loadsTheArabicAffixesFoldedAsTheText() {
    var affixes = RuleSet.load(Path.of("import", "rules")).affixes();
    assertThat(affixes.nounProclitics()).startsWith("وبال").endsWith("").contains("لل", "فلل");
    assertThat(affixes.feminineNisba()).isEqualTo("يه");
    assertThat(affixes.startsWithCliticAndArticle("للتطبيق")).isTrue();
    assertThat(affixes.startsWithCliticAndArticle("التطبيق")).isFalse();
  }

  @Test
  void rejectsAffixesWithoutTheirLam() throws IOException {
    Files.writeString(
        dir.resolve("morphology.json"),
        Files.readString(Path.of("import", "rules", "morphology.json"))
            .replace("\"lam\": \"ل\"", "\"lam\": \"م\""));
    Files.copy(Path.of("import", "rules", "triggers.json"), dir.resolve("triggers.json"));
    Files.copy(Path.of("import", "rules", "cues.json"), dir.resolve("cues.json"));
    assertThatThrownBy(() -> RuleSet.load(dir))
        .hasMessageContaining("morphology.json: affixes: \"lam\"");
  }

  @Test
  void foldsArabicInPatternsAsTheTextIsFolded() {
    RuleSet rules = RuleSet.load(Path.of("import", "rules"));
    TriggerRule noun =
        rules.triggers().stream()
            .filter(r -> r.name().equals("ar-ban-noun"))
            .findFirst()
            .orElseThrow();
    assertThat(noun.pattern().matcher("ازالتها").find()).isTrue();
    assertThat(noun.pattern().matcher("مزالق").find()).isFalse();
  }

  @Test
  void namesTheFileAndRuleOfAnUnknownMacro() throws IOException {
    write(
        "{\"format\": \"driftgraph-triggers/1\", \"rules\": [{\"name\": \"x\", \"type\": \"BANNED_BY\", \"patterns\": [\"{NOPE}حظر\"]}]}");
    assertThatThrownBy(() -> RuleSet.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("triggers.json")
        .hasMessageContaining("'x'")
        .hasMessageContaining("{NOPE}");
  }

  @Test
  void rejectsAnUnknownField() throws IOException {
    write(
        "{\"format\": \"driftgraph-triggers/1\", \"rules\": [{\"name\": \"x\", \"type\": \"BANNED_BY\", \"patterns\": [\"ban\"], \"voice\": \"passive\"}]}");
    assertThatThrownBy(() -> RuleSet.load(dir)).hasMessageContaining("unknown field 'voice'");
  }

  @Test
  void loadsPluralAnaphoraAndPatientPronouns() {
    Cues cues = RuleSet.load(Path.of("import", "rules")).cues();
    assertThat(cues.anaphora())
        .filteredOn(Anaphor::plural)
        .anySatisfy(a -> assertThat(a.pattern().matcher("both outlets' apps").find()).isTrue())
        .anySatisfy(a -> assertThat(a.pattern().matcher("removed their accounts").find()).isTrue());
    assertThat(cues.anaphora())
        .filteredOn(a -> !a.plural())
        .noneSatisfy(a -> assertThat(a.pattern().matcher("both outlets").find()).isTrue());
    assertThat(cues.patientAfter().matcher("suspended their accounts").find()).isTrue();
    assertThat(cues.patientAfter().matcher("removed dozens of channels").find()).isFalse();
    assertThat(cues.patientBefore().matcher("its channels were removed").find()).isTrue();
    assertThat(cues.patientBefore().matcher("it had removed").find()).isFalse();
  }

  @Test
  void namesTheFileAndFieldOfMissingPatientPronouns() throws IOException {
    Files.copy(Path.of("import", "rules", "morphology.json"), dir.resolve("morphology.json"));
    Files.copy(Path.of("import", "rules", "triggers.json"), dir.resolve("triggers.json"));
    Files.writeString(
        dir.resolve("cues.json"),
        Files.readString(Path.of("import", "rules", "cues.json"))
            .replace("\"patientBefore\"", "\"patientBeforeX\""));
    assertThatThrownBy(() -> RuleSet.load(dir))
        .hasMessageContaining("cues.json")
        .hasMessageContaining("\"patientBefore\"");
  }

  private void write(String triggers) throws IOException {
    Files.copy(Path.of("import", "rules", "morphology.json"), dir.resolve("morphology.json"));
    Files.copy(Path.of("import", "rules", "cues.json"), dir.resolve("cues.json"));
    Files.writeString(dir.resolve("triggers.json"), triggers);
  }
}
