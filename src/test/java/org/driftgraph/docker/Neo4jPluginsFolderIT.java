package org.driftgraph.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * target/neo4j-plugins/, the folder the build fills for the Neo4j server of docker/Dockerfile
 * (stage neo4j), which then starts without downloading plugins. Checked after {@code package}: the
 * APOC and GDS jars of the pom's versions, the same files the embedded store runs on, none of the
 * server's own jars, and a Neo4j 5.26 DBMS that registers nothing itself finds the procedures in
 * the folder.
 */
class Neo4jPluginsFolderIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path PLUGINS = PROJECT.resolve("target/neo4j-plugins");
  private static final Path LIB = PROJECT.resolve("target/lib");

  private static List<String> jars;
  private static String pom;

  @BeforeAll
  static void list() throws IOException {
    assertThat(PLUGINS).as("built by ./mvnw package").isDirectory();
    try (Stream<Path> files = Files.list(PLUGINS)) {
      jars = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    pom = Files.readString(PROJECT.resolve("pom.xml"));
  }

  @Test
  void holdsApocAndTheGdsModulesAtThePomsVersions() {
    String apoc = property("apoc.version");
    String gds = property("gds.version");
    assertThat(jars)
        .contains(
            "apoc-core-" + apoc + ".jar",
            "apoc-common-" + apoc + ".jar",
            "proc-" + gds + ".jar",
            "opengds-extension-" + gds + ".jar",
            "proc-sysinfo-" + gds + ".jar",
            "open-write-services-" + gds + ".jar");
    assertThat(jars).allMatch(name -> name.endsWith(".jar"));
  }

  @Test
  void leavesOutWhatTheServerShips() {
    String neo4j = property("neo4j.version");
    assertThat(jars)
        .as("Neo4j's own jars, Netty, Jackson core, Eclipse Collections come with the server")
        .noneMatch(name -> name.endsWith("-" + neo4j + ".jar"))
        .noneMatch(name -> name.startsWith("netty-"))
        .noneMatch(name -> name.startsWith("jackson-core-") || name.startsWith("jackson-databind-"))
        .noneMatch(name -> name.startsWith("eclipse-collections"))
        .noneMatch(name -> name.startsWith("neo4j-java-driver"))
        .noneMatch(name -> name.startsWith("lucene-"));
  }

  @Test
  void everyJarIsTheOneTheEmbeddedStoreRunsOn() throws IOException {
    for (String jar : jars) {
      assertThat(LIB.resolve(jar)).as(jar + " in target/lib").isRegularFile();
      assertThat(Files.mismatch(PLUGINS.resolve(jar), LIB.resolve(jar))).as(jar).isEqualTo(-1L);
    }
  }

  @Test
  void aDbmsThatRegistersNothingFindsApocAndGdsInTheFolder() {
    // The classes are on this JVM's classpath too (the embedded store registers them itself), so
    // this shows that the folder has the procedure jars Neo4j's loader accepts, not that a server
    // with nothing else would link them; that needs a real server (see README.md, Docker).
    Neo4j neo4j =
        Neo4jBuilders.newInProcessBuilder()
            .withDisabledServer()
            .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
            .withConfig(GraphDatabaseSettings.plugin_dir, PLUGINS)
            .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*", "gds.*"))
            .build();
    try (neo4j) {
      GraphDatabaseService db = neo4j.defaultDatabaseService();
      try (Transaction tx = db.beginTx()) {
        assertThat(tx.execute("RETURN apoc.version() AS v").next().get("v").toString())
            .isEqualTo(property("apoc.version"));
        assertThat(tx.execute("RETURN gds.version() AS v").next().get("v").toString())
            .isEqualTo(property("gds.version"));
      }
    }
  }

  private static String property(String name) {
    Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(pom);
    assertThat(matcher.find()).as("<%s> in pom.xml", name).isTrue();
    return matcher.group(1).strip();
  }
}
