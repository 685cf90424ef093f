package org.driftgraph.pipeline;

import java.util.Optional;
import org.driftgraph.report.ReportFolders;
import org.driftgraph.report.ReportHeadline;
import org.driftgraph.store.GraphConnection;

/**
 * Imports, then writes the report on the same store, and keeps the manifest beside the report. When
 * the import left the store as the newest report found it, that report is published again instead.
 */
public final class RunPipeline {
  private final GraphConnection connection;

  public RunPipeline(GraphConnection connection) {
    this.connection = connection;
  }

  public RunOutcome run(RunRequest request, PipelineListener listener) {
    ImportOutcome imported = new ImportPipeline(connection).run(request.importing(), listener);
    return report(request, imported, listener);
  }

  /**
   * The rest of a run whose import is done already: by {@link BatchImportPipeline}, which opened
   * the store itself.
   */
  public RunOutcome report(RunRequest request, ImportOutcome imported, PipelineListener listener) {
    ReportPipeline reports = new ReportPipeline(connection);
    if (!request.rebuild()) {
      Optional<ReportHeadline> reused = reports.reuse(request.report());
      if (reused.isPresent()) {
        // The reused folder keeps the manifest of the import it was made after; this import's
        // manifest is in the manifest folder (reports/latest by default), as always.
        return new RunOutcome(imported, reused.get(), true);
      }
    }
    ReportFolders.Published published = reports.run(request.report(), listener);
    // The dated folder keeps the manifest of the import it reports on, for auditing scheduled runs.
    ManifestFile.write(published.folder(), imported.manifest());
    ManifestFile.copyRejections(imported.manifestFile().getParent(), published.folder());
    return new RunOutcome(imported, ReportHeadline.of(published), false);
  }
}
