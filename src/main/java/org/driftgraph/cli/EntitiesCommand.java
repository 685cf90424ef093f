package org.driftgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.driftgraph.model.EntityType;
import org.driftgraph.store.CypherScripts;
import org.driftgraph.store.GraphConnection;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the entities of the store with what supports them: the articles that mention them, the number",
      "of mentions and of claims that name them. With --discovered, only the entities that discovery found",
      "and that await review (merge them with 'driftgraph merge')."
    })
public final class EntitiesCommand implements Callable<Integer> {
  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;

  @Option(names = "--discovered", description = "Only entities marked discovered.")
  private boolean discovered;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only this type: Actor, Platform, Outlet, Organization, Event.")
  private String type;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description =
          "text (default) or json: {\"entities\":[{id,type,kind,name,names,discovered,articles,mentions,claims}]}.")
  private OutputFormat format;

  /** One listed entity. */
  private record Row(
      String id,
      String type,
      String kind,
      String name,
      List<String> names,
      boolean discovered,
      List<Map<String, Object>> articles,
      long mentions,
      long claims) {}

  @Override
  public Integer call() throws JsonProcessingException {
    String label = type == null ? null : parseType(type);
    CliContext context = root.context();
    List<Row> rows;
    try (GraphConnection connection = store.open(context);
        Session session = connection.driver().session()) {
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("discoveredOnly", discovered);
      parameters.put("type", label);
      String query = CypherScripts.statement("entities/list.cypher");
      rows =
          session.executeRead(
              tx ->
                  tx.run(query, parameters)
                      .list(
                          r ->
                              new Row(
                                  r.get("id").asString(),
                                  r.get("type").asString(null),
                                  r.get("kind").asString(null),
                                  r.get("name").asString(null),
                                  r.get("names").asList(Value::asString),
                                  r.get("discovered").asBoolean(),
                                  r.get("articles").asList(Value::asMap),
                                  r.get("mentions").asLong(),
                                  r.get("claims").asLong())));
    }
    if (format == OutputFormat.JSON) {
      List<Map<String, Object>> entities = new ArrayList<>();
      for (Row row : rows) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", row.id());
        entity.put("type", row.type());
        entity.put("kind", row.kind());
        entity.put("name", row.name());
        entity.put("names", row.names());
        entity.put("discovered", row.discovered());
        entity.put("articles", row.articles());
        entity.put("mentions", row.mentions());
        entity.put("claims", row.claims());
        entities.add(entity);
      }
      context.out().println(new ObjectMapper().writeValueAsString(Map.of("entities", entities)));
    } else {
      printTable(context, rows);
    }
    return ExitCodes.OK;
  }

  private static String parseType(String text) {
    try {
      return EntityType.fromLabel(text).label();
    } catch (IllegalArgumentException e) {
      throw new UsageFailure("--type: " + e.getMessage());
    }
  }

  private void printTable(CliContext context, List<Row> rows) {
    if (rows.isEmpty()) {
      context.out().println(discovered ? "No discovered entities await review." : "No entities.");
      return;
    }
    int idWidth = Math.max(2, rows.stream().mapToInt(r -> r.id().length()).max().orElse(0));
    String layout = "%-" + idWidth + "s  %-12s  %8s  %8s  %6s  %s%n";
    context.out().printf(layout, "ID", "TYPE", "ARTICLES", "MENTIONS", "CLAIMS", "NAMES");
    for (Row row : rows) {
      String typeAndKind = row.type() + (row.kind() == null ? "" : "/" + row.kind());
      context
          .out()
          .printf(
              layout,
              row.id(),
              typeAndKind,
              row.articles().size(),
              row.mentions(),
              row.claims(),
              String.join(" | ", row.names())
                  + (row.discovered() && !discovered ? "  (discovered)" : ""));
    }
    context.out().printf("%d entit%s.%n", rows.size(), rows.size() == 1 ? "y" : "ies");
  }
}
