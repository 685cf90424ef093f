package org.driftgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherScriptsTest {
  @Test
  void splitsOnSemicolonsAtLineEndAndDropsCommentLines() {
    String script =
        """
        // a comment; with a semicolon;
        MATCH (n)
        WHERE n.name = 'a;b'
        RETURN n;

          // indented comment
        CREATE (m);
        RETURN 1""";
    assertThat(CypherScripts.statements(script))
        .containsExactly("MATCH (n)\nWHERE n.name = 'a;b'\nRETURN n", "CREATE (m)", "RETURN 1");
  }

  @Test
  void loadsScriptsFromTheClasspath() {
    assertThat(CypherScripts.statements(CypherScripts.load("schema.cypher")))
        .anyMatch(s -> s.startsWith("CREATE CONSTRAINT entity_id IF NOT EXISTS"))
        .allMatch(s -> !s.contains("//"));
    assertThat(CypherScripts.statement("facts/derive.cypher"))
        .contains("MERGE (s)-[f:$(type)]->(o)");
  }

  @Test
  void namesAMissingScript() {
    assertThatThrownBy(() -> CypherScripts.load("nope.cypher"))
        .hasMessageContaining("/cypher/nope.cypher");
  }

  @Test
  void rejectsAScriptWithSeveralStatementsWhereOneIsExpected() {
    assertThatThrownBy(() -> CypherScripts.statement("facts/displaced.cypher"))
        .hasMessageContaining("holds 2 statements");
  }
}
