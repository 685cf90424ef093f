package org.driftgraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.driftgraph.extract.Extraction;
import org.driftgraph.ingest.CorpusReader;
import org.driftgraph.model.Rejection;
import org.driftgraph.report.ImportManifest;
import org.driftgraph.report.ReportFiles;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphWriter;

/** The import that both {@code run} and {@code import} perform, and how it is reported. */
final class ImportService {
  /** The extensions CorpusReader reads (.txt, .md, .html, .htm, .jsonl), for the progress count. */
  private ImportService() {}

  static ImportManifest importPaths(
      CliContext context, GraphConnection connection, ImportOptions options, List<Path> paths) {
    if (options.batch < 1) {
      throw new UsageFailure("--batch must be at least 1, not " + options.batch);
    }
    Extraction extraction = ExtractionLoader.load(context, options.gazetteerFile(context));
    GraphWriter writer = new GraphWriter(connection.driver());
    writer.upsertEntities(extraction.gazetteer().entities());
    Progress progress = Progress.of(context);
    ImportJob job = new ImportJob(writer, extraction.extractor(), options.batch, progress);
    List<String> shown = paths.stream().map(context::display).toList();
    int totalFiles = progress.shown() ? CorpusReader.countFiles(paths) : 0;
    ImportManifest manifest = job.run(paths, context.home(), shown, totalFiles);
    for (Rejection rejection : manifest.rejected()) {
      context.err().println("driftgraph: rejected " + rejection.describe());
    }
    Path written = new ReportFiles(options.reportDir(context)).writeManifest(manifest);
    context
        .out()
        .printf(
            "Imported %d article(s) from %d file(s) in %.1f s: %d new, %d unchanged, %d replaced an earlier version, %d rejected.%n",
            manifest.articles(),
            manifest.files(),
            manifest.millis() / 1000.0,
            manifest.written(),
            manifest.unchanged(),
            manifest.replaced(),
            manifest.rejected().size());
    context.out().println("Import manifest: " + context.display(written));
    return manifest;
  }
}
