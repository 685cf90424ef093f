package org.driftgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.driftgraph.pipeline.ImportManifest;
import org.driftgraph.pipeline.ImportOutcome;
import org.driftgraph.pipeline.ImportPipeline;
import org.driftgraph.pipeline.ImportRequest;
import org.driftgraph.pipeline.PipelineListener;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Option(
      names = "--timings",
      description =
          "Print to stderr where the time went: wall and CPU milliseconds per phase of the import.")
  private boolean timings;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to import.")
  private List<Path> paths;

  @Override
  public Integer call() {
    CliContext context = root.context();
    List<Path> resolved = paths.stream().map(context::userPath).toList();
    ImportRequest request = options.request(context, resolved);
    RunTimings timed = RunTimings.of(timings);
    PipelineListener progress = new TimedImport(Progress.of(context), timed);
    ImportOutcome outcome;
    try (StoreImport opened = StoreImport.open(context, store, options, request, progress)) {
      outcome =
          opened
              .imported()
              .orElseGet(() -> new ImportPipeline(opened.connection()).run(request, progress));
      print(context, outcome);
    }
    timed.mark("close the store");
    timed.print(context.err());
    return outcome.manifest().hasRejections() ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
  }

  /** The import that both {@code import} and {@code schedule} perform; returns the exit code. */
  static int importPaths(
      CliContext context, GraphConnection connection, ImportOptions options, List<Path> paths) {
    ImportOutcome outcome =
        new ImportPipeline(connection).run(options.request(context, paths), Progress.of(context));
    print(context, outcome);
    return outcome.manifest().hasRejections() ? ExitCodes.REJECTED_INPUT : ExitCodes.OK;
  }

  /** Rejections printed one per line before the rest are only counted (all are in the file). */
  static final int REJECTIONS_SHOWN = 20;

  /**
   * The first rejections on stderr (escaped: they quote file names), then one summary line and
   * where the manifest is.
   */
  static void print(CliContext context, ImportOutcome outcome) {
    ImportManifest manifest = outcome.manifest();
    manifest.rejected().stream()
        .limit(REJECTIONS_SHOWN)
        .forEach(
            r ->
                context.err().println("driftgraph: rejected " + TerminalText.escape(r.describe())));
    long notShown =
        manifest.rejectedTotal() - Math.min(REJECTIONS_SHOWN, manifest.rejected().size());
    if (notShown > 0) {
      Path list = outcome.manifestFile().resolveSibling(manifest.rejectionsFile());
      context
          .err()
          .println(
              "driftgraph: ... and "
                  + notShown
                  + " more rejection(s), every one listed in "
                  + context.display(list));
    }
    if (manifest.sentenceCuts() > 0) {
      context
          .err()
          .printf(
              Locale.ROOT,
              "driftgraph: note: %d sentence(s) longer than %,d characters were cut in %d"
                  + " article(s), which are listed in %s%n",
              manifest.sentenceCuts(),
              SentenceSplitter.MAX_SENTENCE_CHARS,
              manifest.articlesWithCuts(),
              context.display(outcome.manifestFile()));
    }
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
            manifest.rejectedTotal());
    context.out().println("Import manifest: " + context.display(outcome.manifestFile()));
  }
}
