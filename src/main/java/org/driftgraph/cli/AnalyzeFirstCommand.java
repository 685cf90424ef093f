package org.driftgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "first",
    mixinStandardHelpOptions = true,
    description = {
      "Which platform carried announcements about an event first, and how much later the others did",
      "(from the dated ANNOUNCED_ON claims about the event)."
    })
public final class AnalyzeFirstCommand implements Callable<Integer> {
  @ParentCommand private AnalyzeCommand analyze;
  @Mixin private AnalysisOptions options;

  @Option(
      names = "--event",
      required = true,
      paramLabel = "ID",
      description = "Id of an event, e.g. london-bridge-attack-2019.")
  private String event;

  @Override
  public Integer call() {
    return analyze.run(
        options, false, (analyses, session) -> analyses.first(event), AnalysisTables.first(event));
  }
}
