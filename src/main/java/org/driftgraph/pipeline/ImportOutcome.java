package org.driftgraph.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What an import did and where its manifest was written.
 *
 * @param manifestFile the manifest written into the request's manifest folder
 */
public record ImportOutcome(ImportManifest manifest, Path manifestFile) {
  public ImportOutcome {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(manifestFile, "manifestFile");
  }
}
