package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTest {
  @Test
  void everyCreateInTheSchemaFileHasItsNameReadAndTheWaitHasNone() {
    List<String> statements = CypherScripts.statements(CypherScripts.load("schema.cypher"));
    List<String> names = statements.stream().map(Schema::createdName).toList();
    assertThat(names)
        .containsExactly(
            "entity_id",
            "article_id",
            "claim_id",
            "article_source_key",
            "entity_name",
            "entity_type",
            "claim_type",
            "article_text",
            "entity_names",
            null);
  }

  @Test
  void readsEveryKindOfCreateAndNothingElse() {
    assertThat(Schema.createdName("create text index t_1 if not exists for (n:X) on (n.p)"))
        .isEqualTo("t_1");
    assertThat(Schema.createdName("CREATE INDEX unnamed FOR (n:X) ON (n.p)")).isNull();
    assertThat(Schema.createdName("CALL db.awaitIndexes(300)")).isNull();
  }
}
