package org.driftgraph.analyze.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.driftgraph.analyze.Projection;
import org.junit.jupiter.api.Test;

/**
 * Each projection's script writes out its label and relationship types (an expansion by type reads
 * only those relationships); they must stay those of {@link Projection}.
 */
class ProjectionScriptsTest {
  private static final Pattern EXPANSION =
      Pattern.compile("MATCH \\(source\\)-\\[r:([\\w|]+)\\]-\\(target:(\\w+)\\)");

  @Test
  void everyProjectionScriptExpandsExactlyTheProjectionsTypesBetweenItsNodes() {
    for (Projection projection : Projection.values()) {
      String script = GdsCentrality.projectScript(projection);
      assertThat(script)
          .as(projection.key())
          .contains("MATCH (source:" + projection.nodeLabel() + ")");
      Matcher expansion = EXPANSION.matcher(script);
      assertThat(expansion.find()).as(projection.key() + ": " + script).isTrue();
      List<String> types = Arrays.asList(expansion.group(1).split("\\|"));
      assertThat(types)
          .as(projection.key())
          .containsExactlyElementsOf(projection.relationshipTypes());
      assertThat(expansion.group(2)).isEqualTo(projection.nodeLabel());
    }
  }
}
