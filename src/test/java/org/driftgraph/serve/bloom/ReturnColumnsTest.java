package org.driftgraph.serve.bloom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReturnColumnsTest {

  @Test
  void readsAliasesAndBareVariablesOfTheLastTopLevelReturn() {
    String cypher =
        """
        MATCH (a:Entity {id: $id})
        CALL (a) {
          MATCH (a)-->(b) RETURN collect(b.id) AS inner
        }
        WITH a, inner, COLLECT { MATCH (a)--(c) RETURN c.id AS hidden ORDER BY hidden } AS around
        RETURN DISTINCT a.id AS id, inner, CASE WHEN size(around) > 0 THEN 'x, RETURN y' END AS `odd name`,
               [x IN around | {k: x}] AS maps
        ORDER BY id
        LIMIT $limit""";

    assertThat(ReturnColumns.of(cypher)).containsExactly("id", "inner", "odd name", "maps");
  }

  @Test
  void skipsCommentsAndStringsThatLookLikeReturns() {
    String cypher =
        "MATCH (n) // RETURN n AS wrong\nWITH n, \"RETURN \\\" z\" AS s\nRETURN n.id AS id, s";

    assertThat(ReturnColumns.of(cypher)).containsExactly("id", "s");
  }

  @Test
  void anItemWithoutANameIsAnErrorThatQuotesIt() {
    assertThatThrownBy(() -> ReturnColumns.of("MATCH (n) RETURN n.id, n.name AS name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the RETURN item 'n.id' has no name: give it one with AS");
  }

  @Test
  void aQueryWithoutTopLevelReturnIsAnError() {
    assertThatThrownBy(() -> ReturnColumns.of("CALL () { RETURN 1 AS one }"))
        .hasMessage("the query has no top-level RETURN");
  }
}
