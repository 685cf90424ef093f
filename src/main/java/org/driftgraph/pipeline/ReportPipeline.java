package org.driftgraph.pipeline;

import java.util.List;
import java.util.Optional;
import org.driftgraph.analyze.neo4j.Neo4jEngine;
import org.driftgraph.report.ReportBuilder;
import org.driftgraph.report.ReportData;
import org.driftgraph.report.ReportFolders;
import org.driftgraph.report.StatementsFile;
import org.driftgraph.store.GraphConnection;

/** Gathers a report from a store and publishes it into a new dated folder of the reports folder. */
public final class ReportPipeline {
  private final GraphConnection connection;

  public ReportPipeline(GraphConnection connection) {
    this.connection = connection;
  }

  /**
   * Writes the report (also the end of {@code run}); the listener hears of each step.
   *
   * @return the published report: its folder and what it holds
   */
  public ReportFolders.Published run(ReportRequest request, PipelineListener listener) {
    connection.loadProcedures();
    if (!Neo4jEngine.hasGds(connection.driver())) {
      throw new PipelineFailure(
          "the report ranks entities with the Graph Data Science library, which "
              + connection.describe()
              + " does not have");
    }
    ReportFolders folders = new ReportFolders(request.reports());
    Optional<String> previous =
        request.since().isPresent()
            ? folders.newestOnOrBefore(request.since().get())
            : folders.newest();
    if (request.since().isPresent() && previous.isEmpty()) {
      throw new NoEarlierReportException(request.reports(), request.since().get());
    }
    try (Neo4jEngine engine = new Neo4jEngine(connection.driver())) {
      ReportData data =
          new ReportBuilder(
                  connection.driver(),
                  engine,
                  connection.describe(),
                  java.time.Clock.systemUTC(),
                  request.top())
              .build(listener::stepDone);
      return folders.publish(
          data, previous, folder -> List.of(StatementsFile.writeInto(connection.driver(), folder)));
    }
  }
}
