package org.driftgraph.cli;

import java.util.Optional;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.pipeline.BatchImportPipeline;
import org.driftgraph.pipeline.ImportOutcome;
import org.driftgraph.pipeline.ImportRequest;
import org.driftgraph.pipeline.PipelineListener;
import org.driftgraph.pipeline.WriterChoice;
import org.driftgraph.schedule.RunLock;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.StoreLocation;
import org.driftgraph.store.batch.NewStoreImport;

/**
 * Opens the store for {@code import} and {@code run}, under the import lock. A new embedded store
 * that {@code --writer} sends down the batch path is built by {@link BatchImportPipeline} first, so
 * it comes back open with the import done; any other store comes back open for the transactional
 * import.
 */
final class StoreImport implements AutoCloseable {
  private final GraphConnection connection;
  private final ImportOutcome imported;

  private StoreImport(GraphConnection connection, ImportOutcome imported) {
    this.connection = connection;
    this.imported = imported;
  }

  static StoreImport open(
      CliContext context,
      StoreOptions store,
      ImportOptions options,
      ImportRequest request,
      PipelineListener listener) {
    StoreLocation location = store.location(context);
    boolean newStore =
        location instanceof StoreLocation.Embedded embedded
            && NewStoreImport.isNew(embedded.storeDir());
    if (options.writer == WriterChoice.BATCH && !newStore) {
      throw new UsageFailure(
          location instanceof StoreLocation.Embedded embedded
              ? "--writer=batch builds a new store, and "
                  + context.display(embedded.storeDir())
                  + " already holds a database"
              : "--writer=batch builds a new embedded store, not a database on a server");
    }
    long articles =
        newStore && options.writer == WriterChoice.AUTO
            ? CorpusReader.countArticles(request.paths())
            : 0;
    if (!options.writer.batch(newStore, articles)) {
      return new StoreImport(ImportLock.open(context, store), null);
    }
    StoreLocation.Embedded embedded = (StoreLocation.Embedded) location;
    RunLock lock = ImportLock.acquire(context, embedded.storeDir());
    try {
      BatchImportPipeline.Imported done = new BatchImportPipeline(embedded).run(request, listener);
      return new StoreImport(ImportLock.holding(done.connection(), lock), done.outcome());
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  GraphConnection connection() {
    return connection;
  }

  /** The import, when the batch path has done it. */
  Optional<ImportOutcome> imported() {
    return Optional.ofNullable(imported);
  }

  @Override
  public void close() {
    connection.close();
  }
}
