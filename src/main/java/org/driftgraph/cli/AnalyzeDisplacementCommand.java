package org.driftgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "displacement",
    mixinStandardHelpOptions = true,
    description = "For each ban, where the banned actor went next and after how many days.")
public final class AnalyzeDisplacementCommand implements Callable<Integer> {
  @ParentCommand private AnalyzeCommand analyze;
  @Mixin private AnalysisOptions options;

  @Override
  public Integer call() {
    return analyze.run(
        options,
        false,
        (analyses, session) -> analyses.displacement(),
        AnalysisTables.displacement());
  }
}
