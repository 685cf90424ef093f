package org.driftgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.driftgraph.model.EntityType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {
  private static final Path SHARED =
      Path.of(System.getProperty("driftgraph.shared", Path.of("..", "shared").toString()));

  @TempDir Path dir;

  @Test
  void readsEntitiesDocumentsAndRelations() {
    GoldFile gold =
        GoldFile.load(
            GoldFiles.write(
                dir,
                """
        {"file": "a.txt", "language": "en", "published": "2019-12-08",
         "mentions": ["isis", "tamtam"], "optional_mentions": ["amaq"],
         "relations": [{"type": "MIGRATED_TO", "subject": "isis", "object": "tamtam",
                        "evidence": "moved", "from": "telegram", "date": "2019-11"}],
         "optional_relations": [{"type": "ANNOUNCED_ON", "subject": "amaq", "object": "tamtam"}]}
        """));

    assertThat(gold.scoredTypes()).containsExactlyInAnyOrder(EntityType.values());
    assertThat(gold.relationTypes())
        .containsExactly("MIGRATED_TO", "BANNED_BY", "ANNOUNCED_ON", "OWNED_BY");
    assertThat(gold.entity("odnoklassniki").orElseThrow().aliases())
        .containsExactly("أودنوكلاسنيكي", "OK.ru");
    assertThat(gold.entity("mail-ru-group").orElseThrow().type())
        .isEqualTo(EntityType.ORGANIZATION);
    GoldDocument document = gold.documents().get(0);
    assertThat(document.file()).isEqualTo("a.txt");
    assertThat(document.published()).isEqualTo("2019-12-08");
    assertThat(document.mentions()).containsExactly("isis", "tamtam");
    assertThat(document.optionalMentions()).containsExactly("amaq");
    assertThat(document.relations())
        .containsExactly(
            new GoldRelation(
                "MIGRATED_TO",
                "isis",
                "tamtam",
                "moved",
                java.util.List.of("telegram"),
                "2019-11"));
    assertThat(document.optionalRelations())
        .extracting(GoldRelation::key)
        .containsExactly(new FactKey("ANNOUNCED_ON", "amaq", "tamtam"));
  }

  @Test
  void readsTheSeedGold() {
    Path seeds = SHARED.resolve("eval/seeds-gold.json");
    Assumptions.assumeTrue(
        Files.isRegularFile(seeds), "../shared not present: " + seeds.toAbsolutePath());

    GoldFile gold = GoldFile.load(seeds);

    assertThat(gold.documents()).hasSize(5);
    assertThat(gold.documents())
        .allSatisfy(document -> assertThat(document.relations()).isNotEmpty());
  }

  @Test
  void anUnknownEntityNamesTheFileTheDocumentAndTheRelation() {
    Path file =
        GoldFiles.write(
            dir,
            """
        {"file": "a.txt", "mentions": [],
         "relations": [{"type": "BANNED_BY", "subject": "isis", "object": "vk", "evidence": "e"}]}
        """);

    assertThatThrownBy(() -> GoldFile.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(
            file.toString(),
            "document #1 ('a.txt')",
            "relations #1 (BANNED_BY isis -> vk)",
            "'vk' is not one of the file's entities");
  }

  @Test
  void malformedFilesAreRejectedWithTheReason() {
    assertRejected("not json", "not valid JSON");
    assertRejected("{\"format\": \"graph-gold/2\"}", "not a gold file");
    assertRejected(
        gold(
            """
        {"file": "a.txt", "mentions": ["nobody"]}
        """),
        "document #1 ('a.txt'): mentions: 'nobody' is not one of the file's entities");
    assertRejected(
        gold(
            """
        {"file": "a.txt", "relations": [{"type": "CLAIMED", "subject": "isis", "object": "amaq", "evidence": "e"}]}
        """),
        "type 'CLAIMED' is not one of relation_types");
    assertRejected(
        gold(
            """
        {"file": "a.txt", "relations": [{"type": "BANNED_BY", "subject": "isis", "object": "telegram"}]}
        """),
        "relations #1 (BANNED_BY isis -> telegram): \"evidence\" is required");
    assertRejected(
        gold(
            """
        {"file": "a.txt", "relations": [{"type": "BANNED_BY", "subject": "isis", "object": "telegram",
          "evidence": "e", "date": "30.11.2019"}]}
        """),
        "date '30.11.2019' is not an ISO date");
    assertRejected(
        gold(
            """
        {"file": "a.txt"}, {"file": "a.txt"}
        """),
        "document #2 ('a.txt'): the file is annotated twice");
    assertRejected(
        gold(
            """
        {"mentions": []}
        """),
        "document #1 ('?'): \"file\" is required");
    assertRejected(
        """
        {"format": "graph-gold/1", "scored_types": ["Place"], "relation_types": [], "entities": [], "documents": []}
        """,
        "unknown entity type 'Place'");
    assertRejected(
        """
        {"format": "graph-gold/1", "scored_types": [], "relation_types": [], "entities": [
          {"id": "x", "type": "Actor"}, {"id": "x", "type": "Actor"}], "documents": []}
        """,
        "entity #2 ('x'): duplicate entity id");
  }

  private static String gold(String documents) {
    return """
        {"format": "graph-gold/1", "scored_types": ["Actor"], "relation_types": ["BANNED_BY"],
         "entities": [%s], "documents": [%s]}
        """
        .formatted(GoldFiles.ENTITIES, documents);
  }

  private void assertRejected(String json, String reason) {
    Path file = GoldFiles.writeRaw(dir, json);
    assertThatThrownBy(() -> GoldFile.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(reason);
  }
}
