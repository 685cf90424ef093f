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
    ImportJob job =
        new ImportJob(
            writer, extraction.extractor(), request.batchSize(), request.workers(), listener);
    int totalFiles = listener.wantsTotal() ? CorpusReader.countFiles(request.paths()) : 0;
    ImportManifest manifest =
        job.run(
            request.paths(),
            new CorpusReader(request.baseDir(), request.followLinks(), request.maxArticleBytes()),
            request.shownInputs(),
            totalFiles,
            request.manifestDir());
    StoreCheckpoint.run(connection.driver());
    Path written = ManifestFile.write(request.manifestDir(), manifest);
    ImportOutcome outcome = new ImportOutcome(manifest, written);
    listener.imported(outcome);
    return outcome;
  }
}
