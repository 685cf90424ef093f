package org.driftgraph.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.driftgraph.extract.Extractor;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.store.ArticleInputs;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphWriter;
import org.driftgraph.store.StoreCheckpoint;
import org.driftgraph.store.StoreState;
import org.driftgraph.text.Gazetteer;

/**
 * Imports a corpus into a store: loads the gazetteer, writes the reference entities, streams the
 * articles through extraction into the store and writes the import manifest. Articles stored with
 * the inputs they would be extracted from are left alone without extraction ({@link
 * UnchangedArticles}); the rules are loaded only when some article is to be extracted.
 */
public final class ImportPipeline {
  private final GraphConnection connection;

  public ImportPipeline(GraphConnection connection) {
    this.connection = connection;
  }

  public ImportOutcome run(ImportRequest request, PipelineListener listener) {
    Optional<StoreState> before = connection.storeState();
    Gazetteer gazetteer = Extractions.gazetteer(request.gazetteerFile());
    String setup = Extractions.setup(request.gazetteerFile(), request.rulesDir());
    GraphWriter writer = new GraphWriter(connection.transactions(), setup);
    writer.upsertEntities(gazetteer.entities());
    UnchangedArticles unchanged =
        new UnchangedArticles(ArticleInputs.stored(connection.driver()), setup);
    ImportManifest manifest =
        readAndWrite(
            request,
            ArticleWrites.transactional(writer),
            extractorOnFirstUse(gazetteer, request),
            unchanged,
            listener);
    // A checkpoint prunes the logs the import wrote; an import that committed nothing wrote none.
    if (before.isEmpty() || !before.equals(connection.storeState())) {
      StoreCheckpoint.run(connection.driver());
    }
    return written(request, manifest, listener);
  }

  /** Reads, extracts and writes the corpus: what both write paths share. */
  static ImportManifest readAndWrite(
      ImportRequest request,
      ArticleWrites writes,
      Supplier<Extractor> extractor,
      UnchangedArticles unchanged,
      PipelineListener listener) {
    ImportJob job =
        new ImportJob(
            writes, extractor, unchanged, request.batchSize(), request.workers(), listener);
    int totalFiles = listener.wantsTotal() ? CorpusReader.countFiles(request.paths()) : 0;
    return job.run(
        request.paths(),
        new CorpusReader(request.baseDir(), request.followLinks(), request.maxArticleBytes()),
        request.shownInputs(),
        totalFiles,
        request.manifestDir());
  }

  /** The extractor of the request's rules, loaded only if some article is to be extracted. */
  static Supplier<Extractor> extractorOnFirstUse(Gazetteer gazetteer, ImportRequest request) {
    return new OnFirstUse(() -> Extractions.extractor(gazetteer, request.rulesDir()));
  }

  /** Writes the manifest and tells the listener. */
  static ImportOutcome written(
      ImportRequest request, ImportManifest manifest, PipelineListener listener) {
    Path written = ManifestFile.write(request.manifestDir(), manifest);
    ImportOutcome outcome = new ImportOutcome(manifest, written);
    listener.imported(outcome);
    return outcome;
  }

  /** The extractor, loaded when first asked for (on the import's reading thread only). */
  private static final class OnFirstUse implements Supplier<Extractor> {
    private final Supplier<Extractor> load;
    private Extractor loaded;

    OnFirstUse(Supplier<Extractor> load) {
      this.load = load;
    }

    @Override
    public Extractor get() {
      if (loaded == null) {
        loaded = load.get();
      }
      return loaded;
    }
  }
}
