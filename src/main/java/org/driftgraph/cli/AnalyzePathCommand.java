package org.driftgraph.cli;

import java.util.concurrent.Callable;
import org.driftgraph.analyze.PathParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "path",
    mixinStandardHelpOptions = true,
    description = {
      "The shortest path between two entities over the facts (read in either direction), each hop with",
      "its evidence: the article, the claim's date and the sentence."
    })
public final class AnalyzePathCommand implements Callable<Integer> {
  @ParentCommand private AnalyzeCommand analyze;
  @Mixin private AnalysisOptions options;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "ID",
      description = "Id of the first entity, e.g. nashir-news-agency.")
  private String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "ID",
      description = "Id of the last entity, e.g. mail-ru-group.")
  private String to;

  @Option(
      names = "--max-hops",
      paramLabel = "N",
      defaultValue = "" + PathParameters.DEFAULT_MAX_HOPS,
      description = "Longest path considered, 1 to 15 (default: ${DEFAULT-VALUE}).")
  private int maxHops;

  @Option(names = "--all", description = "Every shortest path, not only the first in id order.")
  private boolean all;

  @Override
  public Integer call() {
    PathParameters parameters =
        AnalyzeCommand.usage(() -> new PathParameters(from, to, maxHops, all));
    return analyze.run(
        options,
        false,
        (analyses, session) -> analyses.paths(parameters),
        AnalysisTables.paths(parameters));
  }
}
