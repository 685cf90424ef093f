package org.driftgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.driftgraph.report.ImportManifest;
import org.driftgraph.store.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports articles: .txt and .md (optional --- front matter), .html, .jsonl; files or folders.",
      "An article whose text changed replaces its earlier version; the same text imported twice changes nothing.",
      "Rejected files are listed on stderr and in the import manifest; the exit code is then 3."
    })
public final class ImportCommand implements Callable<Integer> {
  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;
  @Mixin private ImportOptions options;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to import.")
  private List<Path> paths;

  @Override
  public Integer call() {
    CliContext context = root.context();
    List<Path> resolved = paths.stream().map(context::userPath).toList();
    try (GraphConnection connection = store.open(context)) {
      ImportManifest manifest = ImportService.importPaths(context, connection, options, resolved);
      return manifest.hasRejections() ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
    }
  }
}
