package org.driftgraph.pipeline;

import java.nio.file.Path;
import org.driftgraph.extract.Extraction;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.StoreCheckpoint;

/**
 * Imports a corpus into a store: loads the gazetteer and rules, writes the reference entities,
 * streams the articles through extraction into the store and writes the import manifest.
 */
public final class ImportPipeline {
  private final GraphConnection connection;

  public ImportPipeline(GraphConnection connection) {
    this.connection = connection;
  }

  public ImportOutcome run(ImportRequest request, PipelineListener listener) {
    Extraction extraction = Extractions.load(request.gazetteerFile(), request.rulesDir());
    GraphWriter writer = new GraphWriter(connection.driver());
    writer.upsertEntities(extraction.gazetteer().entities());
    ImportManifest manifest =
        readAndWrite(request, extraction, ArticleWrites.transactional(writer), listener);
    StoreCheckpoint.run(connection.driver());
    return written(request, manifest, listener);
  }

  /** Reads, extracts and writes the corpus: what both write paths share. */
  static ImportManifest readAndWrite(
      ImportRequest request,
      Extraction extraction,
      ArticleWrites writes,
      PipelineListener listener) {
    ImportJob job =
        new ImportJob(
            writes, extraction.extractor(), request.batchSize(), request.workers(), listener);
    int totalFiles = listener.wantsTotal() ? CorpusReader.countFiles(request.paths()) : 0;
    return job.run(
        request.paths(),
        new CorpusReader(request.baseDir(), request.followLinks(), request.maxArticleBytes()),
        request.shownInputs(),
        totalFiles,
        request.manifestDir());
  }

  /** Writes the manifest and tells the listener. */
  static ImportOutcome written(
      ImportRequest request, ImportManifest manifest, PipelineListener listener) {
    Path written = ManifestFile.write(request.manifestDir(), manifest);
    ImportOutcome outcome = new ImportOutcome(manifest, written);
    listener.imported(outcome);
    return outcome;
  }
}
