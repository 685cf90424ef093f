package org.driftgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.driftgraph.serve.bloom.PerspectiveGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "bloom",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the Neo4j Bloom perspective (Bloom 2.6 format) generated from the graph model and the",
      "search phrases and scene actions of cypher/bloom/ (default",
      "cypher/bloom/driftgraph.bloom-perspective.json). Import it in Bloom: Perspectives > Import,",
      "connected to './driftgraph serve'."
    })
public final class BloomCommand implements Callable<Integer> {
  static final String DEFAULT_OUT = "cypher/bloom/driftgraph.bloom-perspective.json";

  @ParentCommand private DriftgraphCommand root;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the perspective (default " + DEFAULT_OUT + ").")
  private Path out;

  @Override
  public Integer call() {
    CliContext context = root.context();
    Path target = out != null ? context.userPath(out) : context.projectPath(DEFAULT_OUT);
    String json = PerspectiveGenerator.json();
    try {
      if (target.getParent() != null) {
        Files.createDirectories(target.getParent());
      }
      Files.writeString(target, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliFailure(
          "cannot write the perspective to " + context.display(target) + ": " + e.getMessage(), e);
    }
    context
        .out()
        .println(
            "Wrote the Bloom perspective to "
                + context.display(target)
                + "; import it in Bloom: Perspectives > Import.");
    return ExitCodes.OK;
  }
}
