package org.driftgraph.pipeline;

import org.driftgraph.report.ReportFolders;
import org.driftgraph.store.GraphConnection;

/** Imports, then writes the report on the same store, and keeps the manifest beside the report. */
public final class RunPipeline {
  private final GraphConnection connection;

  public RunPipeline(GraphConnection connection) {
    this.connection = connection;
  }

  public RunOutcome run(RunRequest request, PipelineListener listener) {
    ImportOutcome imported = new ImportPipeline(connection).run(request.importing(), listener);
    ReportFolders.Published published =
        new ReportPipeline(connection).run(request.report(), listener);
    // The dated folder keeps the manifest of the import it reports on, for auditing scheduled runs.
    ManifestFile.write(published.folder(), imported.manifest());
    ManifestFile.copyRejections(imported.manifestFile().getParent(), published.folder());
    return new RunOutcome(imported, published);
  }
}
