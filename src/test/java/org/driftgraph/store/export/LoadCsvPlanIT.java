package org.driftgraph.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.driftgraph.store.CypherScripts;
import org.driftgraph.testing.ImportDirectory;
import org.driftgraph.testing.Neo4jHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * cypher/load-csv.cypher loads in linear time: loading a few thousand generated rows, the profile
 * of every statement expands between the two nodes of a row and never scans all relationships (or
 * all relationships of a type, or all nodes) per row, which is what MERGE with a type read from the
 * row was planned as. Checks the operators, not the time.
 */
@ExtendWith(Neo4jHarness.class)
class LoadCsvPlanIT {
  private static final int ENTITIES = 200;
  private static final int ARTICLES = 500;
  private static final int CLAIMS = 1_500;
  private static final List<String> FACT_TYPES =
      List.of(
          "MIGRATED_TO",
          "BANNED_BY",
          "ANNOUNCED_ON",
          "OWNED_BY",
          "AFFILIATED_WITH",
          "CLAIMED",
          "ACTIVE_ON",
          "PARTNERED_WITH");

  private final Driver driver;
  private final Path csv;

  LoadCsvPlanIT(Driver driver, ImportDirectory importDirectory) {
    this.driver = driver;
    this.csv = importDirectory.path().resolve("csv");
  }

  @Test
  void everyRelationshipStatementExpandsBetweenItsNodesAndLoadsEveryRow() throws IOException {
    Map<String, Integer> expected = writeFiles();

    Map<String, List<String>> operators = new TreeMap<>();
    try (Session session = driver.session()) {
      for (String statement : CypherScripts.statements(CypherScripts.load("load-csv.cypher"))) {
        ProfiledPlan profile = session.run("PROFILE " + statement).consume().profile();
        if (statement.contains("MERGE (a)-[") || statement.contains("MERGE (c)-[")) {
          operators.put(file(statement), operatorsOf(profile, new ArrayList<>()));
        }
      }
    }

    assertThat(operators)
        .containsOnlyKeys("mentions", "claim-links", "stated-in", "facts", "displaced");
    operators.forEach(
        (file, ops) -> {
          assertThat(ops)
              .as("operators of the %s statement", file)
              .noneMatch(op -> op.contains("AllRelationshipsScan"))
              .noneMatch(op -> op.contains("RelationshipTypeScan"))
              .noneMatch(op -> op.contains("AllNodesScan"))
              .anyMatch(op -> op.startsWith("Expand(Into)"));
        });

    try (Session session = driver.session()) {
      for (Map.Entry<String, Integer> count : expected.entrySet()) {
        long stored =
            session
                .run(
                    "MATCH ()-[r]->() WHERE type(r) = $type RETURN count(r) AS n",
                    Map.of("type", count.getKey()))
                .single()
                .get("n")
                .asLong();
        assertThat(stored).as(count.getKey()).isEqualTo(count.getValue().longValue());
      }
      long migrated =
          session
              .run("MATCH ()-[r:MIGRATED_TO]->() RETURN min(r.evidence) AS e")
              .single()
              .get("e")
              .asLong();
      assertThat(migrated).as("fact properties set through the UNION").isEqualTo(2);
    }
  }

  private static String file(String statement) {
    int start = statement.indexOf("file:///csv/") + "file:///csv/".length();
    return statement.substring(start, statement.indexOf(".csv", start));
  }

  private static List<String> operatorsOf(ProfiledPlan plan, List<String> into) {
    into.add(plan.operatorType());
    plan.children().forEach(child -> operatorsOf(child, into));
    return into;
  }

  /** Writes the eight files and returns how many relationships of each type they hold. */
  private Map<String, Integer> writeFiles() throws IOException {
    Files.createDirectories(csv);
    Map<String, Integer> expected = new TreeMap<>();
    List<String> rows = new ArrayList<>();
    rows.add("id:ID(Entity),:LABEL,name,names:string[],type,kind,date,discovered:boolean");
    for (int e = 0; e < ENTITIES; e++) {
      String label = e % 2 == 0 ? "Actor" : "Platform";
      rows.add("e" + e + ",Entity;" + label + ",Entity " + e + ",''," + label + ",,,false");
    }
    write("entities", rows);

    rows = new ArrayList<>();
    rows.add(
        "id:ID(Article),:LABEL,sourceKey,title,url,published,language,publisher,file,sha256,"
            + "encoding,text");
    for (int a = 0; a < ARTICLES; a++) {
      rows.add(
          "a"
              + a
              + ",Article,k"
              + a
              + ",Title "
              + a
              + ",,2020-01-01,en,,f"
              + a
              + ".md,,UTF-8,Text "
              + a);
    }
    write("articles", rows);

    rows = new ArrayList<>();
    rows.add(
        "id:ID(Claim),:LABEL,type,sentence,sentenceStart:int,start:int,end:int,date,"
            + "datePrecision,modality,confidence:double,rule");
    for (int c = 0; c < CLAIMS; c++) {
      rows.add("c" + c + ",Claim,MIGRATED_TO,Sentence " + c + ",0,0,8,2020,year,asserted,0.9,r");
    }
    write("claims", rows);

    rows = new ArrayList<>();
    rows.add(":START_ID(Article),:TYPE,:END_ID(Entity),count:int");
    for (int a = 0; a < ARTICLES; a++) {
      for (int k = 0; k < 6; k++) {
        rows.add("a" + a + ",MENTIONS,e" + (a + k * 31) % ENTITIES + "," + (k + 1));
      }
    }
    expected.put("MENTIONS", rows.size() - 1);
    write("mentions", rows);

    rows = new ArrayList<>();
    rows.add(":START_ID(Claim),:TYPE,:END_ID(Entity)");
    for (int c = 0; c < CLAIMS; c++) {
      int actor = 2 * (c % (ENTITIES / 2));
      rows.add("c" + c + ",SUBJECT,e" + actor);
      rows.add("c" + c + ",OBJECT,e" + (actor + 1));
      if (c % 3 == 0) {
        rows.add("c" + c + ",FROM,e" + (actor + 3) % ENTITIES);
      }
      if (c % 5 == 0) {
        rows.add("c" + c + ",ABOUT,e" + (actor + 4) % ENTITIES);
      }
    }
    expected.put("SUBJECT", CLAIMS);
    expected.put("OBJECT", CLAIMS);
    expected.put("FROM", (CLAIMS + 2) / 3);
    expected.put("ABOUT", (CLAIMS + 4) / 5);
    write("claim-links", rows);

    rows = new ArrayList<>();
    rows.add(":START_ID(Claim),:TYPE,:END_ID(Article)");
    for (int c = 0; c < CLAIMS; c++) {
      rows.add("c" + c + ",STATED_IN,a" + c % ARTICLES);
    }
    expected.put("STATED_IN", CLAIMS);
    write("stated-in", rows);

    rows = new ArrayList<>();
    rows.add(
        ":START_ID(Entity),:TYPE,:END_ID(Entity),evidence:int,articles:int,firstDate,lastDate,"
            + "confidence:double,modality,from:string[],events:string[]");
    for (int e = 0; e < ENTITIES; e++) {
      for (int t = 0; t < FACT_TYPES.size(); t++) {
        String type = FACT_TYPES.get(t);
        rows.add(
            "e"
                + e
                + ","
                + type
                + ",e"
                + (e + t + 1) % ENTITIES
                + ",2,1,2019,2020,0.99,asserted,e3;e5,''");
        expected.merge(type, 1, Integer::sum);
      }
    }
    write("facts", rows);

    rows = new ArrayList<>();
    rows.add(":START_ID(Entity),:TYPE,:END_ID(Entity),actors:string[],evidence:int");
    for (int p = 1; p < ENTITIES; p += 2) {
      rows.add("e" + p + ",DISPLACED_TO,e" + (p + 2) % ENTITIES + ",e0;e2,3");
    }
    expected.put("DISPLACED_TO", ENTITIES / 2);
    write("displaced", rows);
    return expected;
  }

  private void write(String name, List<String> lines) {
    try {
      Files.write(csv.resolve(name + ".csv"), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
