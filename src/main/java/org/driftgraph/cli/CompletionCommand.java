package org.driftgraph.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Prints the bash completion script that picocli's {@link AutoComplete} generates from the command
 * model, so that it cannot fall behind the commands and options. zsh reads it through bashcompinit.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a bash (and zsh) completion script for driftgraph, generated from its commands.",
      "bash:  source <(./driftgraph completion)",
      "zsh:   autoload -U +X bashcompinit && bashcompinit && source <(./driftgraph completion)",
      "Or save it once: ./driftgraph completion > ~/.local/share/bash-completion/completions/driftgraph"
    })
public final class CompletionCommand implements Callable<Integer> {
  @ParentCommand private DriftgraphCommand root;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    root.context().out().print(script);
    root.context().out().flush();
    return ExitCodes.OK;
  }
}
