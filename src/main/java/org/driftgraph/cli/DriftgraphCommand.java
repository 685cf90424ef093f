package org.driftgraph.cli;

import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: holds the injected context and the options every subcommand shares. */
@Command(
    name = "driftgraph",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns news reporting on platform migration into a Neo4j graph with provenance.",
    subcommands = {
      RunCommand.class,
      ReportCommand.class,
      ImportCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      EvaluateCommand.class,
      ExplainCommand.class,
      EntitiesCommand.class,
      MergeCommand.class,
      AnalyzeCommand.class,
      QueryCommand.class,
      BloomCommand.class,
      ServeCommand.class,
      ShellCommand.class,
      ScheduleCommand.class,
      CompletionCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 failure, 2 usage error, 3 done but some input was rejected."
    })
public final class DriftgraphCommand implements Runnable {
  private final CliContext context;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of failures.")
  private boolean verbose;

  public DriftgraphCommand(CliContext context) {
    this.context = context;
  }

  public CliContext context() {
    return context;
  }

  public boolean verbose() {
    return verbose;
  }

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    // Listed from the registered subcommands, so that the message cannot fall behind them.
    String commands =
        spec.subcommands().keySet().stream()
            .filter(name -> !name.equals("help"))
            .collect(Collectors.joining(", "));
    throw new UsageFailure("a command is required: " + commands + " (see --help)");
  }
}
