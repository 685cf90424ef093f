package org.driftgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.driftgraph.eval.Evaluation;
import org.driftgraph.extract.Extraction;
import org.driftgraph.pipeline.EvaluationPipeline;
import org.driftgraph.pipeline.EvaluationRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the extractor on a corpus folder and scores it against a graph-gold/1 file:",
      "mention and relation precision, recall and F1 (per relation type too), from and date accuracy,",
      "and every missed and spurious relation with its sentence. Nothing is written to the store."
    })
public final class EvaluateCommand implements Callable<Integer> {
  /** How the result is printed. */
  enum Format {
    TABLE,
    JSON
  }

  @ParentCommand private DriftgraphCommand root;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "The gold file (graph-gold/1).")
  private Path gold;

  @Option(
      names = "--corpus",
      required = true,
      paramLabel = "DIR",
      description = "The articles the gold annotates.")
  private Path corpus;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      description =
          "table (default) for people, or json: one object with the scores and the missed and spurious relations.")
  private Format format;

  @Override
  public Integer call() {
    CliContext context = root.context();
    Path goldFile = context.userPath(gold);
    Path corpusDir = context.userPath(corpus);
    if (!Files.isRegularFile(goldFile)) {
      throw new CliFailure(context.display(goldFile) + ": no such gold file");
    }
    if (!Files.isDirectory(corpusDir)) {
      throw new CliFailure(context.display(corpusDir) + ": no such corpus folder");
    }
    Path importDir = context.projectPath("import");
    Evaluation evaluation =
        EvaluationPipeline.run(
            new EvaluationRequest(
                goldFile,
                corpusDir,
                importDir.resolve(Extraction.GAZETTEER),
                importDir.resolve(Extraction.RULES)));
    if (format == Format.JSON) {
      context.out().println(evaluation.toJson());
      evaluation.problems().forEach(problem -> context.err().println("driftgraph: " + problem));
    } else {
      context.out().print(evaluation.toTable());
    }
    context.out().flush();
    return ExitCodes.OK;
  }
}
