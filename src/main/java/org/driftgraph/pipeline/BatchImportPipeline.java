package org.driftgraph.pipeline;

import java.util.Map;
import org.driftgraph.store.EmbeddedNeo4j;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.StoreCheckpoint;
import org.driftgraph.store.StoreLocation;
import org.driftgraph.store.batch.NewStoreImport;
import org.driftgraph.text.Gazetteer;

/**
 * Imports a corpus into a new embedded store through the import tool: the articles are read and
 * extracted in parallel as by {@link ImportPipeline}, written as CSV files with the same rows, and
 * loaded by {@code neo4j-admin database import full}; then the store is started (the schema is
 * applied on opening), the facts and DISPLACED_TO are derived once and the store is checkpointed.
 * Rejections and the manifest are the transactional path's. Later imports into the store take the
 * transactional path.
 */
public final class BatchImportPipeline {
  private final StoreLocation.Embedded location;

  public BatchImportPipeline(StoreLocation.Embedded location) {
    this.location = location;
  }

  /**
   * Runs the import and returns the store, open, with the outcome; the caller closes the
   * connection. If the import tool fails, the store folder is left as it was and a {@code
   * StoreException} names the inputs and the reason.
   */
  public Imported run(ImportRequest request, PipelineListener listener) {
    long t0 = System.nanoTime();
    Gazetteer gazetteer = Extractions.gazetteer(request.gazetteerFile());
    String setup = Extractions.setup(request.gazetteerFile(), request.rulesDir());
    ImportManifest manifest;
    try (NewStoreImport batch =
        NewStoreImport.begin(location.storeDir(), gazetteer.entities(), setup)) {
      manifest =
          ImportPipeline.readAndWrite(
              request,
              ArticleWrites.batch(batch.writer()),
              ImportPipeline.extractorOnFirstUse(gazetteer, request),
              new UnchangedArticles(Map.of(), setup),
              listener);
      batch.importIntoStore(String.join(", ", request.shownInputs()), listener::phaseDone);
    }
    GraphConnection connection = location.open();
    listener.phaseDone("store started (password, schema, index population)");
    try {
      NewStoreImport.complete(connection.driver());
      listener.phaseDone("empty name lists restored");
      new GraphWriter(connection.transactions(), null).derivePendingFacts();
      listener.phaseDone("facts and DISPLACED_TO derived");
      // The import tool's first log is preallocated to 256 MiB: a new log lets the checkpoint
      // prune it (a batch import is always into an embedded store).
      if (connection instanceof EmbeddedNeo4j embedded) {
        embedded.startNewTransactionLog();
      }
      StoreCheckpoint.run(connection.driver());
      listener.phaseDone("new transaction log, checkpoint");
      manifest = manifest.withMillis((System.nanoTime() - t0) / 1_000_000);
      return new Imported(connection, ImportPipeline.written(request, manifest, listener));
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** The new store, open, and what the import did. */
  public record Imported(GraphConnection connection, ImportOutcome outcome) {}
}
