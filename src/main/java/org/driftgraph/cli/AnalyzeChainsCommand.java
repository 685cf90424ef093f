package org.driftgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "chains",
    mixinStandardHelpOptions = true,
    description =
        "An actor's migrations in time order (Riot → Telegram → TamTam), each step with its date and evidence.")
public final class AnalyzeChainsCommand implements Callable<Integer> {
  @ParentCommand private AnalyzeCommand analyze;
  @Mixin private AnalysisOptions options;

  @Option(
      names = "--actor",
      required = true,
      paramLabel = "ID",
      description = "Id of an actor or outlet, e.g. isis.")
  private String actor;

  @Override
  public Integer call() {
    return analyze.run(
        options,
        false,
        (analyses, session) -> analyses.chains(actor),
        AnalysisTables.chains(actor));
  }
}
