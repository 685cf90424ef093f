package org.driftgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "owners",
    mixinStandardHelpOptions = true,
    description =
        "A platform's ownership chains up to the top owner (TamTam → Odnoklassniki → Mail.Ru Group), with evidence.")
public final class AnalyzeOwnersCommand implements Callable<Integer> {
  @ParentCommand private AnalyzeCommand analyze;
  @Mixin private AnalysisOptions options;

  @Option(
      names = "--platform",
      required = true,
      paramLabel = "ID",
      description = "Id of a platform, e.g. tamtam.")
  private String platform;

  @Override
  public Integer call() {
    return analyze.run(
        options,
        false,
        (analyses, session) -> analyses.owners(platform),
        AnalysisTables.owners(platform));
  }
}
