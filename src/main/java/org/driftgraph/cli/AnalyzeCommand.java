package org.driftgraph.cli;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.driftgraph.analyze.Analyses;
import org.driftgraph.analyze.AnalysisResult;
import org.driftgraph.analyze.AnalysisRow;
import org.driftgraph.analyze.UnknownEntityException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses of the graph: centrality, shortest paths, migration chains, ownership chains, first carriers",
      "of an event, displacement after bans. Each runs on Neo4j (GDS and the saved Cypher of cypher/queries)",
      "or on a Gremlin graph (TinkerGraph loaded from the store, or a remote server), with the same answer."
    },
    subcommands = {
      AnalyzeCentralityCommand.class,
      AnalyzePathCommand.class,
      AnalyzeChainsCommand.class,
      AnalyzeOwnersCommand.class,
      AnalyzeFirstCommand.class,
      AnalyzeDisplacementCommand.class
    })
public final class AnalyzeCommand implements Runnable {
  @ParentCommand private DriftgraphCommand root;

  @Override
  public void run() {
    throw new UsageFailure(
        "an analysis is required: centrality, path, chains, owners, first, displacement (see --help)");
  }

  /**
   * What every analysis does around its own call: opens the engine the options choose, runs the
   * analysis (an unknown id or a wrong type is a usage error), prints the result.
   */
  <T extends AnalysisRow> int run(
      AnalysisOptions options,
      boolean centrality,
      BiFunction<Analyses, AnalysisSession, AnalysisResult<T>> analysis,
      TableView<T> view) {
    CliContext context = root.context();
    AnalysisResult<T> result;
    try (AnalysisSession session = EngineFactory.open(context, options, centrality)) {
      try {
        result = analysis.apply(new Analyses(session.engine()), session);
      } catch (UnknownEntityException e) {
        throw new UsageFailure(e.getMessage());
      }
    }
    AnalysisOutput.print(context.out(), options.format(), result, view);
    return ExitCodes.OK;
  }

  CliContext context() {
    return root.context();
  }

  /** Builds parameters from the command line; what their records reject is a usage error. */
  static <T> T usage(Supplier<T> parameters) {
    try {
      return parameters.get();
    } catch (IllegalArgumentException e) {
      throw new UsageFailure(e.getMessage());
    }
  }
}
