package org.driftgraph.cli;

import java.util.concurrent.Callable;
import org.driftgraph.analyze.CentralityAlgorithm;
import org.driftgraph.analyze.CentralityParameters;
import org.driftgraph.analyze.Projection;
import org.driftgraph.analyze.neo4j.ScoreWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "centrality",
    mixinStandardHelpOptions = true,
    description = {
      "Which entities hold the network together: PageRank, betweenness, degree, closeness or eigenvector",
      "on the facts projection (every entity, the fact relationships) or the platforms projection",
      "(platforms, DISPLACED_TO). PageRank scores are normalised to sum 1 on both engines."
    })
public final class AnalyzeCentralityCommand implements Callable<Integer> {
  @ParentCommand private AnalyzeCommand analyze;
  @Mixin private AnalysisOptions options;

  @Option(
      names = "--algorithm",
      paramLabel = "pagerank|betweenness|degree|closeness|eigenvector",
      defaultValue = "pagerank",
      description = "The measure (default: pagerank).")
  private CentralityAlgorithm algorithm;

  @Option(
      names = "--projection",
      paramLabel = "facts|platforms",
      defaultValue = "facts",
      description = "The graph it runs on (default: facts).")
  private Projection projection;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "How many of the highest scores to print; 0 prints all (default: ${DEFAULT-VALUE}).")
  private int top;

  @Option(
      names = "--write",
      description =
          "Also store every node's score as a property of the Neo4j store (pagerank, betweenness, ...;"
              + " platformsPagerank, ... on the platforms projection), whichever engine computed it.")
  private boolean write;

  @Option(
      names = "--sample",
      paramLabel = "N",
      description = "Betweenness only: sample N source nodes instead of all.")
  private Integer sample;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "42",
      description = "Seed of --sample (default: ${DEFAULT-VALUE}).")
  private long seed;

  private String writtenNote;

  @Override
  public Integer call() {
    CentralityParameters parameters =
        AnalyzeCommand.usage(
            () -> {
              CentralityParameters exact = CentralityParameters.of(algorithm, projection, top);
              return sample == null ? exact : exact.withSampling(sample, seed);
            });
    int code =
        analyze.run(
            options,
            true,
            (analyses, session) ->
                !write
                    ? analyses.centrality(parameters)
                    : analyses.centrality(
                        parameters,
                        scores -> {
                          int written =
                              new ScoreWriter(session.store().driver())
                                  .write(projection, algorithm, scores);
                          writtenNote =
                              "Wrote "
                                  + projection.scoreProperty(algorithm)
                                  + " on "
                                  + written
                                  + " "
                                  + projection.nodeLabel()
                                  + " node(s) of "
                                  + session.store().describe()
                                  + ".";
                        }),
            AnalysisTables.centrality(projection));
    if (writtenNote != null) {
      // Machine formats keep stdout to the result alone.
      (options.format() == AnalysisFormat.TABLE ? analyze.context().out() : analyze.context().err())
          .println(writtenNote);
    }
    return code;
  }
}
