package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.driftgraph.cli.AnalysisOptions.Engine;
import org.driftgraph.cli.EngineFactory.Choice;
import org.junit.jupiter.api.Test;

class EngineFactoryTest {
  private final AtomicInteger gdsQuestions = new AtomicInteger();

  @Test
  void centralityOnNeo4jWithoutGdsFallsBackToTheInProcessGremlinEngine() {
    assertThat(EngineFactory.choose(Engine.NEO4J, false, true, gds(false)))
        .isEqualTo(Choice.GREMLIN_IN_PROCESS);
    assertThat(EngineFactory.choose(Engine.NEO4J, false, true, gds(true))).isEqualTo(Choice.NEO4J);
  }

  @Test
  void theOtherAnalysesStayOnNeo4jWithoutAskingForGds() {
    assertThat(EngineFactory.choose(Engine.NEO4J, false, false, gds(false)))
        .isEqualTo(Choice.NEO4J);
    assertThat(gdsQuestions).hasValue(0);
  }

  @Test
  void gremlinRunsInProcessUnlessAServerIsGiven() {
    assertThat(EngineFactory.choose(Engine.GREMLIN, false, true, gds(true)))
        .isEqualTo(Choice.GREMLIN_IN_PROCESS);
    assertThat(EngineFactory.choose(Engine.GREMLIN, true, true, gds(true)))
        .isEqualTo(Choice.GREMLIN_REMOTE);
    assertThat(EngineFactory.choose(Engine.GREMLIN, true, false, gds(true)))
        .isEqualTo(Choice.GREMLIN_REMOTE);
    assertThat(gdsQuestions).hasValue(0);
  }

  private java.util.function.BooleanSupplier gds(boolean present) {
    return () -> {
      gdsQuestions.incrementAndGet();
      return present;
    };
  }
}
