package org.driftgraph.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.driftgraph.analyze.neo4j.Neo4jEngine;
import org.driftgraph.report.ReportBuilder;
import org.driftgraph.report.ReportData;
import org.driftgraph.report.ReportFolders;
import org.driftgraph.report.ReportHeadline;
import org.driftgraph.report.StatementsFile;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.StoreState;

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
    // Read before the report is built: the state it is built from.
    Optional<ReportInputs> inputs =
        connection.storeState().map(state -> ReportInputs.of(request, state));
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
      return folders.publish(data, previous, folder -> attachments(folder, inputs));
    }
  }

  /**
   * The files beside a new report: every statement, and the report's inputs when the store's state
   * is known. Without them a stale inputs file must not stay in {@code latest/}.
   */
  private List<Path> attachments(Path folder, Optional<ReportInputs> inputs) {
    List<Path> attached = new ArrayList<>();
    attached.add(StatementsFile.writeInto(connection.driver(), folder));
    if (inputs.isPresent()) {
      attached.add(inputs.get().writeInto(folder));
    } else {
      deleteLatestInputs(folder.getParent().resolve(ReportFolders.LATEST));
    }
    return attached;
  }

  private static void deleteLatestInputs(Path latest) {
    Path stale = latest.resolve(ReportInputs.FILE_NAME);
    try {
      Files.deleteIfExists(stale);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + stale + ": " + e.getMessage(), e);
    }
  }

  /**
   * Publishes the newest report again when it was made from the same inputs (build, store state,
   * options) that a report now would be: the same figures, without planning and running every
   * analysis again. Empty when a report has to be built: no report yet, none with recorded inputs,
   * other inputs, or a store whose state this process cannot read (a server).
   */
  public Optional<ReportHeadline> reuse(ReportRequest request) {
    Optional<StoreState> state = connection.storeState();
    if (state.isEmpty()) {
      return Optional.empty();
    }
    ReportFolders folders = new ReportFolders(request.reports());
    Optional<String> newest = folders.newest();
    if (newest.isEmpty()) {
      return Optional.empty();
    }
    Optional<ReportInputs> recorded = ReportInputs.readFrom(folders.root().resolve(newest.get()));
    if (!recorded.equals(Optional.of(ReportInputs.of(request, state.get())))) {
      return Optional.empty();
    }
    return Optional.of(
        folders.republish(newest.get(), List.of(StatementsFile.NAME, ReportInputs.FILE_NAME)));
  }
}
