package org.driftgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.driftgraph.model.Ids;
import org.driftgraph.model.RelationType;
import org.driftgraph.query.QueryRunner;
import org.driftgraph.query.SavedQueries;
import org.driftgraph.store.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every claim behind one fact: the article, the claim's date, modality, confidence and rule,",
      "the platforms left and the events announced (if any), and the sentence with the matched words marked [[like this]] (in bold on a terminal)."
    })
public final class ExplainCommand implements Callable<Integer> {
  private static final String QUERY = "explain-fact";
  private static final int SUGGESTIONS = 3;
  private static final String ANSI_MARK = "\u001b[1;4m";
  private static final String ANSI_RESET = "\u001b[0m";

  @ParentCommand private DriftgraphCommand root;
  @Mixin private StoreOptions store;

  @Parameters(
      index = "0",
      paramLabel = "SUBJECT",
      description = "Id of the subject entity, e.g. isis.")
  private String subject;

  @Parameters(
      index = "1",
      paramLabel = "TYPE",
      description = "Relation type, e.g. MIGRATED_TO (any case).")
  private String type;

  @Parameters(
      index = "2",
      paramLabel = "OBJECT",
      description = "Id of the object entity, e.g. tamtam.")
  private String object;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text (default) or json: {\"subject\",\"type\",\"object\",\"claims\":[...]}.")
  private OutputFormat format;

  @Override
  public Integer call() throws JsonProcessingException {
    CliContext context = root.context();
    RelationType relationType = relationType(type);
    List<Map<String, Object>> rows;
    try (GraphConnection connection = store.open(context)) {
      rows =
          new QueryRunner(connection.driver())
              .rows(
                  SavedQueries.load(QUERY),
                  Map.of("subject", subject, "type", relationType.name(), "object", object));
    }
    Map<String, Object> first = rows.get(0);
    requireKnown(subject, first.get("subject"), first);
    requireKnown(object, first.get("object"), first);
    List<Map<String, Object>> claims =
        rows.stream().filter(row -> row.get("claim") != null).toList();
    String fact = "(" + subject + ")-[" + relationType.name() + "]->(" + object + ")";
    if (claims.isEmpty()) {
      throw new CliFailure("no claim states " + fact + " in " + describeStore(context));
    }
    if (format == OutputFormat.JSON) {
      context.out().println(json(relationType, claims));
    } else {
      printText(context, fact, claims);
    }
    return ExitCodes.OK;
  }

  private String describeStore(CliContext context) {
    return store.storeDir(context) == null
        ? "the server"
        : context.display(store.storeDir(context));
  }

  private static RelationType relationType(String given) {
    try {
      return RelationType.valueOf(given.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageFailure(
          "unknown relation type '"
              + given
              + "' (one of "
              + Arrays.stream(RelationType.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ")");
    }
  }

  /** Fails with the nearest ids when the query found no entity with the given id. */
  private static void requireKnown(String id, Object found, Map<String, Object> row) {
    if (found != null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> knownIds = (List<String>) row.get("knownIds");
    List<String> nearest = Ids.nearest(id, knownIds, SUGGESTIONS);
    throw new CliFailure(
        "no entity with id '"
            + id
            + "'"
            + (nearest.isEmpty()
                ? " (the graph has no entities)"
                : "; nearest ids: " + String.join(", ", nearest)));
  }

  private void printText(CliContext context, String fact, List<Map<String, Object>> claims) {
    long articles = claims.stream().map(row -> row.get("article")).distinct().count();
    boolean ansi = isTerminal(context);
    context.out().printf("%s: %d claim(s) in %d article(s)%n", fact, claims.size(), articles);
    int n = 0;
    for (Map<String, Object> claim : claims) {
      n++;
      context
          .out()
          .printf("%n%d. %s%n", n, Objects.requireNonNullElse(claim.get("title"), "(untitled)"));
      context
          .out()
          .printf(
              "   file: %s%s%n",
              claim.get("file"), claim.get("url") == null ? "" : "   url: " + claim.get("url"));
      String date =
          claim.get("date") == null
              ? "none"
              : claim.get("date") + " (" + claim.get("datePrecision") + ")";
      context
          .out()
          .printf(
              Locale.ROOT,
              "   date: %s   modality: %s   confidence: %.2f   rule: %s%n",
              date,
              claim.get("modality"),
              ((Number) claim.get("confidence")).doubleValue(),
              claim.get("rule"));
      @SuppressWarnings("unchecked")
      List<String> from = (List<String>) claim.get("fromIds");
      if (!from.isEmpty()) {
        context.out().printf("   from: %s%n", String.join(", ", from));
      }
      @SuppressWarnings("unchecked")
      List<String> events = (List<String>) claim.get("eventIds");
      if (!events.isEmpty()) {
        context.out().printf("   about: %s%n", String.join(", ", events));
      }
      context
          .out()
          .printf("   %s%n", marked(claim, ansi ? ANSI_MARK : "[[", ansi ? ANSI_RESET : "]]"));
    }
  }

  /**
   * The sentence with the claim's span between the marks; offsets are the article's, so shifted by
   * the sentence start.
   */
  static String marked(Map<String, Object> claim, String open, String close) {
    String sentence = (String) claim.get("sentence");
    int sentenceStart = ((Number) claim.get("sentenceStart")).intValue();
    int start = clamp(((Number) claim.get("start")).intValue() - sentenceStart, sentence.length());
    int end = clamp(((Number) claim.get("end")).intValue() - sentenceStart, sentence.length());
    String text =
        sentence.substring(0, start)
            + open
            + sentence.substring(start, Math.max(start, end))
            + close
            + sentence.substring(Math.max(start, end));
    return text.strip().replaceAll("\\s+", " ");
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(offset, length));
  }

  /** ANSI marks only for a person at a terminal that takes them. */
  private static boolean isTerminal(CliContext context) {
    return System.console() != null
        && !context.env().containsKey("NO_COLOR")
        && !"dumb".equals(context.env().get("TERM"));
  }

  private String json(RelationType relationType, List<Map<String, Object>> claims)
      throws JsonProcessingException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("subject", subject);
    json.put("type", relationType.name());
    json.put("object", object);
    json.put("claims", claims.stream().map(ExplainCommand::claimJson).toList());
    return new ObjectMapper().writeValueAsString(json);
  }

  private static Map<String, Object> claimJson(Map<String, Object> row) {
    Map<String, Object> article = new LinkedHashMap<>();
    for (String key : List.of("article", "title", "file", "url", "published")) {
      article.put(key.equals("article") ? "id" : key, row.get(key));
    }
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("id", row.get("claim"));
    claim.put("article", article);
    for (String key :
        List.of(
            "date",
            "datePrecision",
            "modality",
            "confidence",
            "rule",
            "fromIds",
            "eventIds",
            "sentence",
            "sentenceStart",
            "start",
            "end")) {
      claim.put(key, row.get(key));
    }
    claim.put("marked", marked(row, "[[", "]]"));
    return claim;
  }
}
