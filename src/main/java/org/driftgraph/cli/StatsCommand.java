package org.driftgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftgraph.store.GraphConnection;
import org.driftgraph.store.GraphCounts;
import org.driftgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Prints the node count per label and the relationship count per type of the store.")
public final class StatsCommand implements Callable<Integer> {
  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text (default) or json: {\"nodes\":{...},\"relationships\":{...}}.")
  private OutputFormat format;

  @Override
  public Integer call() throws JsonProcessingException {
    CliContext context = root.context();
    GraphCounts counts;
    try (GraphConnection connection = store.open(context)) {
      counts = StoreStats.count(connection.driver());
    }
    if (format == OutputFormat.JSON) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("nodes", counts.nodes());
      json.put("relationships", counts.relationships());
      context.out().println(new ObjectMapper().writeValueAsString(json));
    } else {
      print(context, "Nodes", counts.nodes());
      print(context, "Relationships", counts.relationships());
    }
    return ExitCodes.OK;
  }

  private static void print(CliContext context, String heading, Map<String, Long> counts) {
    context.out().println(heading + ":");
    if (counts.isEmpty()) {
      context.out().println("  (none)");
    }
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
    counts.forEach((key, value) -> context.out().printf("  %-" + width + "s %,d%n", key, value));
  }
}
