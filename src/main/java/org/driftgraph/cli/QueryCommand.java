package org.driftgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.driftgraph.analyze.AnalysisResult;
import org.driftgraph.analyze.AnalysisRow;
import org.driftgraph.query.QueryParameter;
import org.driftgraph.query.QueryRunner;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.query.SavedQuery;
import org.driftgraph.store.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Runs one saved query of cypher/queries/ (the same files the analyses, reports and notebooks use),",
      "its parameters given as --param key=value and passed as Cypher parameters. --list lists them."
    })
public final class QueryCommand implements Callable<Integer> {
  /** Table cells longer than this are cut: the JSON and CSV formats carry whole values. */
  private static final int CELL_LENGTH = 60;

  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "The query, e.g. top-entities-by-degree.")
  private String name;

  @Option(
      names = "--list",
      description = "List the saved queries with their parameters and descriptions.")
  private boolean list;

  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description = "A parameter of the query (repeat for each).")
  private Map<String, String> parameters = new LinkedHashMap<>();

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      defaultValue = "table",
      description =
          "table (default), json: {\"analysis\":NAME,\"engine\",\"millis\",\"rows\"}, or csv.")
  private AnalysisFormat format;

  @Override
  public Integer call() {
    CliContext context = root.context();
    List<SavedQuery> queries = SavedQueries.list();
    if (list) {
      if (name != null || !parameters.isEmpty()) {
        throw new UsageFailure("--list takes no query name or parameters");
      }
      printList(context.out(), queries);
      return ExitCodes.OK;
    }
    String known = queries.stream().map(SavedQuery::name).collect(Collectors.joining(", "));
    if (name == null) {
      throw new UsageFailure("a query name is required (one of " + known + "), or --list");
    }
    SavedQuery query =
        queries.stream()
            .filter(q -> q.name().equals(name))
            .findFirst()
            .orElseThrow(
                () ->
                    new UsageFailure("no saved query named '" + name + "' (known: " + known + ")"));
    try {
      query.bind(parameters);
    } catch (IllegalArgumentException e) {
      throw new UsageFailure(e.getMessage());
    }
    AnalysisResult<QueryRow> result;
    try (GraphConnection connection = store.open(context)) {
      // A saved query may call GDS or APOC, as the notebooks' do.
      connection.loadProcedures();
      long started = System.nanoTime();
      List<Map<String, Object>> rows = new QueryRunner(connection.driver()).rows(query, parameters);
      long millis = (System.nanoTime() - started) / 1_000_000;
      result =
          new AnalysisResult<>(
              query.name(),
              "neo4j",
              "neo4j (" + connection.describe() + ")",
              millis,
              rows.stream().map(row -> new QueryRow(CypherValues.plainRow(row))).toList());
    }
    AnalysisOutput.print(
        context.out(), format, result, new TableView<>("No rows.", QueryCommand::printRows));
    return ExitCodes.OK;
  }

  private void printList(PrintWriter out, List<SavedQuery> queries) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SavedQuery query : queries) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", query.name());
      row.put("description", query.description());
      row.put("parameters", query.parameters().stream().map(QueryCommand::parameterRow).toList());
      rows.add(row);
    }
    switch (format) {
      case JSON -> out.println(AnalysisOutput.cell(Map.of("queries", rows)));
      case CSV -> out.print(AnalysisOutput.csv(rows));
      case TABLE -> {
        for (SavedQuery query : queries) {
          out.println(query.name());
          out.println("    " + query.description());
          for (QueryParameter parameter : query.parameters()) {
            out.printf(
                "    --param %s=<%s>  %s  %s%n",
                parameter.name(),
                parameter.type(),
                parameter.defaultValue() == null
                    ? "required"
                    : "default " + parameter.defaultValue(),
                parameter.description());
          }
        }
        out.println(
            queries.size()
                + " saved quer"
                + (queries.size() == 1 ? "y" : "ies")
                + " in cypher/queries.");
      }
    }
  }

  private static Map<String, Object> parameterRow(QueryParameter parameter) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", parameter.name());
    row.put("type", parameter.type());
    row.put("default", parameter.defaultValue());
    row.put("description", parameter.description());
    return row;
  }

  /** A saved query's row: free-form columns, so a map even in the table. */
  private record QueryRow(Map<String, Object> values) implements AnalysisRow {
    @Override
    public Map<String, Object> toRow() {
      return values;
    }
  }

  private static void printRows(PrintWriter out, List<QueryRow> queryRows) {
    List<Map<String, Object>> rows = queryRows.stream().map(QueryRow::values).toList();
    List<String> columns = new ArrayList<>(rows.get(0).keySet());
    TextTable table = new TextTable(columns.toArray(String[]::new));
    for (Map<String, Object> row : rows) {
      table.row(
          columns.stream().map(column -> cut(AnalysisOutput.cell(row.get(column)))).toArray());
    }
    table.print(out);
    out.println(rows.size() + " row(s).");
  }

  private static String cut(String cell) {
    String line = cell.replaceAll("\\s+", " ");
    return line.length() <= CELL_LENGTH ? line : line.substring(0, CELL_LENGTH - 1) + "…";
  }
}
