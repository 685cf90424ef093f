package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftgraph.model.Entity;
import org.driftgraph.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
  @TempDir Path dir;

  private Path write(String entities) throws IOException {
    Path file = dir.resolve("gazetteer.json");
    Files.writeString(
        file, "{\"format\": \"driftgraph-gazetteer/1\", \"entities\": [" + entities + "]}");
    return file;
  }

  @Test
  void loadsEntitiesWithTheirNamesKindsAndDates() throws IOException {
    Path file =
        write(
            """
        {"id": "telegram", "type": "Platform", "name": "Telegram", "names": ["تيليجرام"]},
        {"id": "isis", "type": "Actor", "kind": "group", "name": "ISIS", "names": ["داعش"]},
        {"id": "signal", "type": "Platform", "name": "Signal", "names": ["سيغنال"], "matchCase": ["Signal"]},
        {"id": "london-bridge-attack-2019", "type": "Event", "name": "London Bridge attack (2019)",
         "date": "2019-11-29", "names": ["جسر لندن"]}
        """);

    Gazetteer gazetteer = Gazetteer.load(file);

    assertThat(gazetteer.entities())
        .extracting(Entity::id)
        .containsExactly("telegram", "isis", "signal", "london-bridge-attack-2019");
    Entity telegram = gazetteer.find("telegram").orElseThrow();
    assertThat(telegram.type()).isEqualTo(EntityType.PLATFORM);
    assertThat(telegram.names()).containsExactly("Telegram", "تيليجرام");
    assertThat(telegram.discovered()).isFalse();
    assertThat(gazetteer.find("isis").orElseThrow().kind()).isEqualTo("group");
    assertThat(gazetteer.find("london-bridge-attack-2019").orElseThrow().date())
        .isEqualTo("2019-11-29");
    assertThat(gazetteer.find("tamtam")).isEmpty();
    assertThat(gazetteer.matchesCase("Signal")).isTrue();
    assertThat(gazetteer.matchesCase("Telegram")).isFalse();
  }

  @Test
  void shortCapitalFormsMatchCaseAutomatically() {
    Gazetteer gazetteer = Gazetteer.of(List.of());

    assertThat(gazetteer.matchesCase("IS")).isTrue();
    assertThat(gazetteer.matchesCase("ISIL")).isTrue();
    assertThat(gazetteer.matchesCase("ОК")).isTrue();
    assertThat(gazetteer.matchesCase("EU IRU")).isFalse();
    assertThat(gazetteer.matchesCase("Isil")).isFalse();
    assertThat(gazetteer.matchesCase("داعش")).isFalse();
  }

  @Test
  void aDuplicateIdIsAnError() throws IOException {
    Path file =
        write(
            """
        {"id": "telegram", "type": "Platform", "name": "Telegram"},
        {"id": "telegram", "type": "Platform", "name": "Telegram Messenger"}
        """);

    assertThatThrownBy(() -> Gazetteer.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("duplicate entity id 'telegram'");
  }

  @Test
  void anUnknownTypeIsAnErrorNamingTheEntry() throws IOException {
    Path file = write("{\"id\": \"telegram\", \"type\": \"App\", \"name\": \"Telegram\"}");

    assertThatThrownBy(() -> Gazetteer.load(file))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("entity #1 ('telegram')")
        .hasMessageContaining("unknown entity type 'App'");
  }

  @Test
  void aKindTheTypeDoesNotAllowIsAnError() throws IOException {
    Path file =
        write(
            """
        {"id": "telegram", "type": "Platform", "name": "Telegram"},
        {"id": "isis", "type": "Actor", "kind": "company", "name": "ISIS"}
        """);

    assertThatThrownBy(() -> Gazetteer.load(file))
        .hasMessageContaining("entity #2 ('isis')")
        .hasMessageContaining("kind 'company'");
  }

  @Test
  void aBlankNameOrSurfaceFormIsAnError() throws IOException {
    Path blankName = write("{\"id\": \"telegram\", \"type\": \"Platform\", \"name\": \" \"}");
    assertThatThrownBy(() -> Gazetteer.load(blankName))
        .hasMessageContaining("('telegram')")
        .hasMessageContaining("blank name");

    Path blankForm =
        write(
            "{\"id\": \"telegram\", \"type\": \"Platform\", \"name\": \"Telegram\", \"names\": [\"\"]}");
    assertThatThrownBy(() -> Gazetteer.load(blankForm))
        .hasMessageContaining("('telegram')")
        .hasMessageContaining("blank");

    Path noLetters =
        write(
            "{\"id\": \"telegram\", \"type\": \"Platform\", \"name\": \"Telegram\", \"names\": [\"ـ«»\"]}");
    assertThatThrownBy(() -> Gazetteer.load(noLetters)).hasMessageContaining("has no letters");
  }

  @Test
  void theSameSurfaceFormOnTwoEntitiesIsAnErrorEvenWhenSpelledDifferently() throws IOException {
    Path file =
        write(
            """
        {"id": "telegram", "type": "Platform", "name": "Telegram", "names": ["تيليجرام"]},
        {"id": "the-telegraph", "type": "Outlet", "kind": "press", "name": "The Telegraph", "names": ["تيليـجرام"]}
        """);

    assertThatThrownBy(() -> Gazetteer.load(file))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("entity 'the-telegraph'")
        .hasMessageContaining("already a name of entity 'telegram'");
  }

  @Test
  void anIdThatIsNotASlugOrAnUnknownFieldIsAnError() throws IOException {
    Path badId = write("{\"id\": \"Tele Gram\", \"type\": \"Platform\", \"name\": \"Telegram\"}");
    assertThatThrownBy(() -> Gazetteer.load(badId))
        .hasMessageContaining("not a lowercase kebab-case slug");

    Path typo =
        write(
            "{\"id\": \"telegram\", \"type\": \"Platform\", \"name\": \"Telegram\", \"nmes\": []}");
    assertThatThrownBy(() -> Gazetteer.load(typo)).hasMessageContaining("unknown field 'nmes'");

    Path caseNotAName =
        write(
            "{\"id\": \"signal\", \"type\": \"Platform\", \"name\": \"Signal\", \"matchCase\": [\"SIGNAL\"]}");
    assertThatThrownBy(() -> Gazetteer.load(caseNotAName))
        .hasMessageContaining("matchCase form 'SIGNAL' is not one of its names");
  }

  @Test
  void aFileThatIsNotAGazetteerIsAnError() throws IOException {
    Path other = dir.resolve("other.json");
    Files.writeString(other, "{\"format\": \"graph-gold/1\"}");
    assertThatThrownBy(() -> Gazetteer.load(other))
        .hasMessageContaining(other.toString())
        .hasMessageContaining("not a gazetteer");

    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": ");
    assertThatThrownBy(() -> Gazetteer.load(broken))
        .hasMessageContaining(broken.toString())
        .hasMessageContaining("not valid JSON");

    Path missing = dir.resolve("missing.json");
    assertThatThrownBy(() -> Gazetteer.load(missing)).hasMessageContaining(missing.toString());
  }

  @Test
  void ofChecksInMemoryEntitiesToo() {
    Entity a =
        new Entity("telegram", EntityType.PLATFORM, null, "Telegram", List.of("TG"), null, false);
    Entity b =
        new Entity("tamtam", EntityType.PLATFORM, null, "TamTam", List.of("tg"), null, false);

    assertThatThrownBy(() -> Gazetteer.of(List.of(a, b)))
        .hasMessageContaining("already a name of entity 'telegram'");
    assertThat(Gazetteer.of(List.of(a)).find("telegram")).contains(a);
  }
}
