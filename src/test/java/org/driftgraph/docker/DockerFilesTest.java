package org.driftgraph.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.driftgraph.cli.Main;
import org.driftgraph.docker.DockerfileInstructions.Instruction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker/Dockerfile, docker/compose.yaml and docker/import-and-analyze.sh, checked without a Docker
 * engine (none runs on the build machines): the compose file is what the README says, the image is
 * built the way the launcher builds and runs the launcher, and every command the job runs exists.
 */
class DockerFilesTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path DOCKER = PROJECT.resolve("docker");
  private static final String JOB_SCRIPT = "docker/import-and-analyze.sh";

  private static String composeText;
  private static JsonNode compose;
  private static DockerfileInstructions dockerfile;
  private static String launcher;
  private static String jobScript;

  @BeforeAll
  static void readFiles() throws IOException {
    composeText = Files.readString(DOCKER.resolve("compose.yaml"));
    compose = new YAMLMapper().readTree(composeText);
    dockerfile = DockerfileInstructions.read(DOCKER.resolve("Dockerfile"));
    launcher = Files.readString(PROJECT.resolve("driftgraph"));
    jobScript = Files.readString(PROJECT.resolve(JOB_SCRIPT));
  }

  // ---- compose.yaml: what docker compose config would reject
  // -------------------------------------

  @Test
  void composeFileIsPlainYamlWithTheTwoServicesAndTheirVolumes() {
    assertThat(composeText).as("YAML forbids tabs for indentation").doesNotContain("\t");
    assertThat(fieldNames(compose)).containsExactlyInAnyOrder("name", "services", "volumes");
    assertThat(fieldNames(compose.path("services")))
        .containsExactlyInAnyOrder("neo4j", "driftgraph");

    Set<String> declared = new TreeSet<>(fieldNames(compose.path("volumes")));
    Set<String> used = new TreeSet<>();
    for (JsonNode service : compose.path("services")) {
      for (Mount mount : mounts(service)) {
        if (!mount.source().startsWith(".") && !mount.source().startsWith("/")) {
          used.add(mount.source());
        }
      }
    }
    assertThat(used).as("named volumes the services mount").isEqualTo(declared);
  }

  @Test
  void everyVariableTheComposeFileReadsIsRequiredAndDocumented() throws IOException {
    Matcher reference =
        Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[?-])?").matcher(composeText.replace("$$", ""));
    Set<String> variables = new TreeSet<>();
    while (reference.find()) {
      variables.add(reference.group(1));
      assertThat(reference.group(2))
          .as("${%s} fails with a message when unset", reference.group(1))
          .isEqualTo(":?");
    }
    assertThat(variables).containsExactly("DRIFTGRAPH_NEO4J_PASSWORD");
    String docker = readmeSection("Docker");
    assertThat(docker).contains(variables);
  }

  // ---- compose.yaml: the neo4j service
  // -----------------------------------------------------------

  @Test
  void neo4jIsTheCommunityServerWithApocAndGds() throws IOException {
    JsonNode neo4j = service("neo4j");
    assertThat(neo4j.path("image").asText()).isEqualTo("neo4j:5.26-community");

    JsonNode environment = neo4j.path("environment");
    List<String> plugins = new ArrayList<>();
    new ObjectMapper()
        .readTree(environment.path("NEO4J_PLUGINS").asText())
        .forEach(p -> plugins.add(p.asText()));
    assertThat(plugins).containsExactlyInAnyOrder("apoc", "graph-data-science");
    assertThat(
            Arrays.asList(
                environment
                    .path("NEO4J_dbms_security_procedures_unrestricted")
                    .asText()
                    .split(",")))
        .containsExactlyInAnyOrder("apoc.*", "gds.*");
    assertThat(environment.path("NEO4J_AUTH").asText())
        .startsWith("neo4j/${DRIFTGRAPH_NEO4J_PASSWORD:?");
  }

  @Test
  void neo4jListensOnLoopbackOnly() {
    assertThat(texts(service("neo4j").path("ports")))
        .containsExactlyInAnyOrder("127.0.0.1:7474:7474", "127.0.0.1:7687:7687");
    assertThat(service("driftgraph").has("ports")).as("the job serves nothing").isFalse();
  }

  @Test
  void neo4jReadsTheClonesImportAndCypherFolders() {
    List<Mount> mounts = mounts(service("neo4j"));
    assertThat(mounts)
        .contains(new Mount("../import", "/import", true), new Mount("../cypher", "/cypher", true))
        .anySatisfy(mount -> assertThat(mount.target()).isEqualTo("/data"));
    // Anything mounted below NEO4J_HOME would be chowned by the image's entrypoint: see
    // compose.yaml.
    assertThat(mounts)
        .noneSatisfy(mount -> assertThat(mount.target()).startsWith("/var/lib/neo4j"));
    for (Mount mount : mounts) {
      if (mount.source().startsWith(".")) {
        assertThat(DOCKER.resolve(mount.source()).normalize()).as(mount.source()).isDirectory();
      }
    }
  }

  @Test
  void neo4jIsHealthyOnlyWhenBoltAcceptsThePassword() {
    JsonNode healthcheck = service("neo4j").path("healthcheck");
    List<String> test = texts(healthcheck.path("test"));
    assertThat(test.get(0)).isEqualTo("CMD-SHELL");
    assertThat(test.get(1)).contains("cypher-shell", "NEO4J_AUTH", "RETURN 1");
    assertThat(healthcheck.path("start_period").asText()).isNotEmpty();
  }

  // ---- compose.yaml: the driftgraph job
  // ----------------------------------------------------------

  @Test
  void driftgraphIsBuiltFromTheDockerfileAndWaitsForAHealthyNeo4j() {
    JsonNode driftgraph = service("driftgraph");
    Path context = DOCKER.resolve(driftgraph.path("build").path("context").asText()).normalize();
    assertThat(context).isEqualTo(PROJECT);
    assertThat(context.resolve(driftgraph.path("build").path("dockerfile").asText()))
        .isRegularFile();
    assertThat(driftgraph.path("depends_on").path("neo4j").path("condition").asText())
        .isEqualTo("service_healthy");
    assertThat(driftgraph.path("environment").path("DRIFTGRAPH_NEO4J_PASSWORD").asText())
        .startsWith("${DRIFTGRAPH_NEO4J_PASSWORD:?");
  }

  @Test
  void driftgraphRunsTheJobScriptOfTheImageOverBoltToTheNeo4jService() {
    JsonNode driftgraph = service("driftgraph");
    String workdir = finalWorkdir();
    assertThat(texts(driftgraph.path("entrypoint"))).containsExactly(workdir + "/" + JOB_SCRIPT);
    assertThat(copiedInto(dockerfile.lastStage(), JOB_SCRIPT)).isEqualTo("docker/");

    List<String> command = texts(driftgraph.path("command"));
    assertThat(command.subList(0, 2))
        .as("the script's usage: --uri URI [PATH...]")
        .containsExactly("--uri", "bolt://neo4j:7687");
    for (String corpus : command.subList(2, command.size())) {
      assertThat(PROJECT.resolve(corpus)).as(corpus).exists();
    }
    assertThat(mounts(driftgraph))
        .contains(new Mount("../import", workdir + "/import", true))
        .anySatisfy(mount -> assertThat(mount.target()).isEqualTo(workdir + "/reports"));
  }

  @Test
  void everyCommandTheJobRunsExistsInTheCliAndGoesToTheServer() {
    List<String> invocations = launcherInvocations(jobScript);
    List<List<String>> subcommands = invocations.stream().map(DockerFilesTest::subcommand).toList();
    assertThat(subcommands).contains(List.of("import"), List.of("analyze", "centrality"));
    assertThat(invocations)
        .filteredOn(line -> line.startsWith("analyze centrality"))
        .allMatch(line -> line.contains("--write"));

    for (int i = 0; i < invocations.size(); i++) {
      assertThat(invocations.get(i))
          .as("every step talks to the server")
          .contains("--uri \"$uri\"");
      List<String> help = new ArrayList<>(subcommands.get(i));
      help.add("--help");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code =
          Main.run(
              help.toArray(String[]::new),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              Map.of(),
              PROJECT);
      assertThat(code).as(String.join(" ", help)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("Usage: driftgraph " + String.join(" ", subcommands.get(i)), "--uri");
    }
  }

  // ---- Dockerfile
  // --------------------------------------------------------------------------------

  @Test
  void buildsOnTheJdkAndRunsOnTheJreOfThePomsJavaRelease() throws IOException {
    String release =
        xmlElement(Files.readString(PROJECT.resolve("pom.xml")), "maven.compiler.release");
    List<String> from = dockerfile.named("FROM").stream().map(Instruction::arguments).toList();
    assertThat(from)
        .containsExactly(
            "eclipse-temurin:" + release + "-jdk AS build", "eclipse-temurin:" + release + "-jre");
  }

  @Test
  void buildRunsTheMavenCommandOfTheLauncher() {
    List<String> launcherBuild =
        launcher
            .lines()
            .filter(line -> line.contains("./mvnw") && !line.contains("echo"))
            .map(DockerFilesTest::mavenArguments)
            .toList();
    assertThat(launcherBuild).as("the launcher's build").hasSize(1);

    List<List<String>> imageBuilds =
        dockerfile.inStage(0, "RUN").stream()
            .filter(run -> run.arguments().contains("./mvnw"))
            .map(run -> mavenArguments(run.arguments()))
            .filter(arguments -> arguments.contains("package"))
            .map(arguments -> Arrays.asList(arguments.split(" ")))
            .toList();
    assertThat(imageBuilds).containsExactly(Arrays.asList(launcherBuild.get(0).split(" ")));
  }

  @Test
  void copiesOnlyWhatIsInTheRepositoryAndNotIgnored() throws IOException {
    List<String> ignored =
        Files.readAllLines(PROJECT.resolve(".dockerignore")).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> line.endsWith("/") ? line.substring(0, line.length() - 1) : line)
            .toList();
    assertThat(ignored)
        .as("local state stays out of the build context")
        .contains(".git", "target", "data", "reports");

    List<String> sources = new ArrayList<>();
    for (Instruction copy : dockerfile.named("COPY")) {
      List<String> words = copy.words().stream().filter(word -> !word.startsWith("--")).toList();
      if (copy.arguments().contains("--from=")) {
        continue;
      }
      sources.addAll(words.subList(0, words.size() - 1));
    }
    assertThat(sources)
        .contains("mvnw", "pom.xml", "src/", "cypher/", "import/", "driftgraph", JOB_SCRIPT);
    for (String source : sources) {
      Path relative = Path.of(source).normalize();
      assertThat(PROJECT.resolve(relative)).as(source).exists();
      for (String pattern : ignored) {
        assertThat(
                relative.startsWith(pattern)
                    || FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(relative))
            .as("%s is excluded by .dockerignore pattern %s", source, pattern)
            .isFalse();
      }
    }
  }

  @Test
  void runsAsAnUnprivilegedUserWhoOwnsTheWritableFolders() {
    int last = dockerfile.lastStage();
    List<Instruction> users = dockerfile.inStage(last, "USER");
    assertThat(users).isNotEmpty();
    String user = users.get(users.size() - 1).arguments().split(":")[0];
    assertThat(user).isNotIn("root", "0");
    assertThat(dockerfile.inStage(last, "RUN"))
        .anySatisfy(
            run -> assertThat(run.arguments()).contains("chown " + user, "data", "reports"));
  }

  @Test
  void imageRunsTheLauncherSoItsJvmFlagsAreTheLaunchers() throws IOException {
    String workdir = finalWorkdir();
    int last = dockerfile.lastStage();
    assertThat(dockerfile.inStage(last, "ENTRYPOINT"))
        .singleElement()
        .extracting(Instruction::arguments)
        .isEqualTo("[\"" + workdir + "/driftgraph\"]");
    assertThat(copiedInto(last, "driftgraph")).isEqualTo("./");
    // The launcher runs $home/target/driftgraph.jar with $home/target/lib: where the image puts
    // them.
    assertThat(launcher).contains("jar=\"$home/target/driftgraph.jar\"", "\"$home/target/lib\"");
    assertThat(dockerfile.inStage(last, "COPY"))
        .extracting(Instruction::arguments)
        .contains(
            "--from=build /build/target/lib/ target/lib/",
            "--from=build /build/target/driftgraph.jar target/");
    assertThat(dockerfile.inStage(0, "WORKDIR"))
        .extracting(Instruction::arguments)
        .containsExactly("/build");

    // No second list of JVM flags that could drift from the launcher's.
    for (String file : List.of("docker/Dockerfile", "docker/compose.yaml", JOB_SCRIPT)) {
      assertThat(Files.readString(PROJECT.resolve(file)))
          .as(file)
          .doesNotContain("--add-opens", "java ");
    }
    // And the launcher's flags are the ones the tests ran with (pom.xml, neo4j.jvm.opens).
    Matcher opens = Pattern.compile("(?s)\\nopens=\\((.*?)\\n\\)").matcher(launcher);
    assertThat(opens.find()).as("the launcher's opens=( ... ) array").isTrue();
    List<String> launcherFlags = Arrays.asList(opens.group(1).strip().split("\\s+"));
    String pomFlags = xmlElement(Files.readString(PROJECT.resolve("pom.xml")), "neo4j.jvm.opens");
    assertThat(launcherFlags)
        .isNotEmpty()
        .containsExactlyElementsOf(Arrays.asList(pomFlags.split("\\s+")));
  }

  // ---- README
  // ------------------------------------------------------------------------------------

  @Test
  void readmeDocumentsTheComposeCommandPortsAndImage() throws IOException {
    String docker = readmeSection("Docker");
    assertThat(docker)
        .contains(
            "docker compose -f docker/compose.yaml up --build",
            "neo4j:5.26-community",
            "127.0.0.1:7474",
            "127.0.0.1:7687",
            "bolt://neo4j:7687",
            "reports");
  }

  // ---- helpers
  // -----------------------------------------------------------------------------------

  private record Mount(String source, String target, boolean readOnly) {}

  private static JsonNode service(String name) {
    JsonNode service = compose.path("services").path(name);
    assertThat(service.isObject()).as("service " + name).isTrue();
    return service;
  }

  private static List<Mount> mounts(JsonNode service) {
    return texts(service.path("volumes")).stream()
        .map(
            volume -> {
              String[] parts = volume.split(":");
              assertThat(parts.length)
                  .as("short volume syntax SOURCE:TARGET[:ro]: " + volume)
                  .isBetween(2, 3);
              return new Mount(parts[0], parts[1], parts.length == 3 && parts[2].equals("ro"));
            })
        .toList();
  }

  private static List<String> texts(JsonNode array) {
    assertThat(array.isArray()).as("a list: " + array).isTrue();
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String finalWorkdir() {
    List<Instruction> workdirs = dockerfile.inStage(dockerfile.lastStage(), "WORKDIR");
    assertThat(workdirs).hasSize(1);
    return workdirs.get(0).arguments();
  }

  /** The destination of the final stage's COPY of one file from the build context. */
  private static String copiedInto(int stage, String source) {
    List<String> destinations = new ArrayList<>();
    for (Instruction copy : dockerfile.inStage(stage, "COPY")) {
      List<String> words = copy.words().stream().filter(word -> !word.startsWith("--")).toList();
      if (!copy.arguments().contains("--from=")
          && words.subList(0, words.size() - 1).contains(source)) {
        destinations.add(words.get(words.size() - 1));
      }
    }
    assertThat(destinations).as("COPY " + source).hasSize(1);
    return destinations.get(0);
  }

  /** The arguments after ./mvnw, up to a redirection or the end of the command. */
  private static String mavenArguments(String command) {
    Matcher matcher = Pattern.compile("\\./mvnw\\s+([^>);|&]*)").matcher(command);
    assertThat(matcher.find()).as(command).isTrue();
    return matcher.group(1).strip();
  }

  /** The command lines of ./driftgraph in a shell script, without the ./driftgraph. */
  private static List<String> launcherInvocations(String script) {
    List<String> invocations = new ArrayList<>();
    Matcher matcher = Pattern.compile("(?m)^\\s*\\./driftgraph\\s+(.*)$").matcher(script);
    while (matcher.find()) {
      invocations.add(matcher.group(1).strip());
    }
    assertThat(invocations).as("./driftgraph lines of the job script").isNotEmpty();
    assertThat(
            script
                .lines()
                .filter(line -> line.contains("driftgraph ") && !line.strip().startsWith("#")))
        .as("every other mention of the launcher is a comment or an echo")
        .allMatch(line -> line.strip().startsWith("./driftgraph ") || line.contains("echo"));
    return invocations;
  }

  /**
   * The leading words of a command line that name a (sub)command: up to the first option or
   * argument.
   */
  private static List<String> subcommand(String invocation) {
    List<String> words = new ArrayList<>();
    for (String word : invocation.split("\\s+")) {
      if (!word.matches("[a-z]+")) {
        break;
      }
      words.add(word);
    }
    return words;
  }

  private static String xmlElement(String xml, String name) {
    Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(xml);
    assertThat(matcher.find()).as("<%s> in pom.xml", name).isTrue();
    return matcher.group(1).strip();
  }

  /** The text of README.md from "## NAME" to the next "## " heading. */
  private static String readmeSection(String name) throws IOException {
    String readme = Files.readString(PROJECT.resolve("README.md"));
    Matcher matcher =
        Pattern.compile("(?ms)^## " + Pattern.quote(name) + "\\s*$(.*?)(?=^## |\\z)")
            .matcher(readme);
    assertThat(matcher.find()).as("README.md has a section '## %s'", name).isTrue();
    return matcher.group(1);
  }
}
