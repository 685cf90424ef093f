package org.driftgraph.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.yaml.snakeyaml.Yaml;

/**
 * docker/Dockerfile, docker/compose.yaml and the image's scripts, checked without a Docker engine
 * (none runs on the build machines): the compose file is what the README says and needs no exported
 * variable, the images are built the way the launcher builds, and every command the jobs run
 * exists.
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
    // SnakeYAML applies YAML merge keys (<<: *driftgraph) as compose does; Jackson's YAML reader
    // would leave them as a field named "<<".
    Object loaded = new Yaml().load(composeText);
    compose = new ObjectMapper().valueToTree(loaded);
    dockerfile = DockerfileInstructions.read(DOCKER.resolve("Dockerfile"));
    launcher = Files.readString(PROJECT.resolve("driftgraph"));
    jobScript = Files.readString(PROJECT.resolve(JOB_SCRIPT));
  }

  // ---- compose.yaml: what docker compose config would reject
  // -------------------------------------

  @Test
  void composeFileIsPlainYamlWithTheServicesTheirSecretAndVolumes() {
    assertThat(composeText).as("YAML forbids tabs for indentation").doesNotContain("\t");
    assertThat(fieldNames(compose))
        .containsExactlyInAnyOrder("name", "x-driftgraph", "services", "secrets", "volumes");
    assertThat(fieldNames(compose.path("services")))
        .containsExactlyInAnyOrder("neo4j", "import", "report", "schedule");

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

    Set<String> secretsUsed = new TreeSet<>();
    for (JsonNode service : compose.path("services")) {
      secretsUsed.addAll(texts(service.path("secrets")));
    }
    assertThat(secretsUsed).containsExactlyElementsOf(fieldNames(compose.path("secrets")));
  }

  @Test
  void noVariableHasToBeExportedForComposeCommands() {
    Matcher reference =
        Pattern.compile("\\$\\{?([A-Za-z0-9_]+)").matcher(composeText.replace("$$", ""));
    List<String> variables = new ArrayList<>();
    while (reference.find()) {
      variables.add(reference.group(1));
    }
    assertThat(variables)
        .as("compose interpolates nothing: logs and down work in any shell")
        .isEmpty();
  }

  @Test
  void thePasswordIsASecretFileReadThroughNeo4jAuthFileByEveryService() throws IOException {
    JsonNode secret = compose.path("secrets").path("neo4j_auth");
    assertThat(secret.path("file").asText()).isEqualTo("./neo4j-auth");
    assertThat(Files.readAllLines(PROJECT.resolve(".gitignore"))).contains("docker/neo4j-auth");
    assertThat(Files.readAllLines(PROJECT.resolve(".dockerignore"))).contains("docker/neo4j-auth");
    for (String name : List.of("neo4j", "import", "report", "schedule")) {
      JsonNode service = service(name);
      assertThat(texts(service.path("secrets"))).as(name).containsExactly("neo4j_auth");
      assertThat(service.path("environment").path("NEO4J_AUTH_FILE").asText())
          .as(name)
          .isEqualTo("/run/secrets/neo4j_auth");
      assertThat(service.path("environment").has("NEO4J_AUTH")).as(name).isFalse();
    }
  }

  // ---- compose.yaml: the neo4j service
  // -----------------------------------------------------------

  @Test
  void neo4jIsTheOfficialServerWithThePluginsTheBuildPlacedAndNoDownload() {
    JsonNode neo4j = service("neo4j");
    assertThat(neo4j.path("build").path("target").asText()).isEqualTo("neo4j");
    JsonNode environment = neo4j.path("environment");
    assertThat(environment.has("NEO4J_PLUGINS")).as("NEO4J_PLUGINS downloads at start").isFalse();
    assertThat(
            Arrays.asList(
                environment
                    .path("NEO4J_dbms_security_procedures_unrestricted")
                    .asText()
                    .split(",")))
        .containsExactlyInAnyOrder("apoc.*", "gds.*");

    int stage = stageNamed("neo4j");
    assertThat(dockerfile.inStage(stage, "FROM"))
        .singleElement()
        .extracting(Instruction::arguments)
        .isEqualTo("neo4j:5.26-community AS neo4j");
    assertThat(dockerfile.inStage(stage, "COPY"))
        .extracting(Instruction::arguments)
        .containsExactly("--from=build /build/target/neo4j-plugins/ /var/lib/neo4j/plugins/");
    assertThat(composeText).doesNotContain("NEO4J_PLUGINS:");
  }

  @Test
  void neo4jListensOnLoopbackOnly() {
    assertThat(texts(service("neo4j").path("ports")))
        .containsExactlyInAnyOrder("127.0.0.1:7474:7474", "127.0.0.1:7687:7687");
    for (String job : List.of("import", "report", "schedule")) {
      assertThat(service(job).has("ports")).as(job + " serves nothing").isFalse();
    }
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
  void neo4jIsHealthyWhenBoltAnswersWhateverThePassword() {
    JsonNode healthcheck = service("neo4j").path("healthcheck");
    List<String> test = texts(healthcheck.path("test"));
    assertThat(test.get(0)).isEqualTo("CMD");
    assertThat(String.join(" ", test))
        .contains("/dev/tcp/127.0.0.1/7687")
        .doesNotContain("PASSWORD");
    assertThat(healthcheck.path("start_period").asText()).isNotEmpty();
  }

  // ---- compose.yaml: the jobs
  // ----------------------------------------------------------

  @Test
  void theJobsAreBuiltFromTheDockerfileAndWaitForAHealthyNeo4j() {
    for (String name : List.of("import", "report", "schedule")) {
      JsonNode job = service(name);
      Path context = DOCKER.resolve(job.path("build").path("context").asText()).normalize();
      assertThat(context).as(name).isEqualTo(PROJECT);
      assertThat(context.resolve(job.path("build").path("dockerfile").asText())).isRegularFile();
      assertThat(job.path("build").path("target").asText()).isEqualTo("driftgraph");
      assertThat(job.path("depends_on").path("neo4j").path("condition").asText())
          .as(name)
          .isEqualTo("service_healthy");
      assertThat(job.path("environment").path("NEO4J_URI").asText())
          .as(name)
          .isEqualTo("bolt://neo4j:7687");
      String workdir = finalWorkdir();
      assertThat(mounts(job))
          .as(name)
          .contains(
              new Mount("../import", workdir + "/import", true),
              new Mount("../reports", workdir + "/reports", false));
    }
    assertThat(service("report").path("depends_on").path("import").path("condition").asText())
        .isEqualTo("service_completed_successfully");
    assertThat(service("schedule").path("restart").asText()).isEqualTo("unless-stopped");
  }

  @Test
  void everyJobCommandExistsInTheCli() {
    List<String> report = texts(service("report").path("command"));
    List<String> schedule = texts(service("schedule").path("command"));
    List<String> importJob = texts(service("import").path("command"));
    assertThat(report).containsExactly("report");
    assertThat(schedule.subList(0, 3)).containsExactly("schedule", "--cron", "0 7 * * MON");
    assertThat(importJob.subList(0, 3))
        .as("the script's usage: --uri URI [PATH...]")
        .containsExactly(JOB_SCRIPT, "--uri", "bolt://neo4j:7687");
    for (String corpus : importJob.subList(3, importJob.size())) {
      assertThat(PROJECT.resolve(corpus)).as(corpus).exists();
    }
    assertThat(copiedInto(dockerfile.lastStage(), JOB_SCRIPT)).isEqualTo("docker/");
    assertThat(help("report")).contains("Usage: driftgraph report");
    assertThat(help("schedule")).contains("Usage: driftgraph schedule", "--cron", "--import");
  }

  @Test
  void everyCommandTheImportJobRunsExistsInTheCliAndGoesToTheServer() {
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
      assertThat(help(subcommands.get(i).toArray(String[]::new)))
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
            "eclipse-temurin:" + release + "-jdk AS build",
            "neo4j:5.26-community AS neo4j",
            "eclipse-temurin:" + release + "-jre AS driftgraph");
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
  void commandsRunAsTheReportsOwnerOrAnUnprivilegedUserNeverRoot() throws IOException {
    int last = dockerfile.lastStage();
    assertThat(dockerfile.inStage(last, "RUN"))
        .anySatisfy(
            run ->
                assertThat(run.arguments())
                    .contains("useradd", "driftgraph", "chown driftgraph", "data", "reports"));
    String entrypoint = Files.readString(DOCKER.resolve("entrypoint.sh"));
    assertThat(entrypoint)
        .contains(
            "owner=\"$(stat -c '%u:%g' reports)\"",
            "if [ \"$owner\" = \"0:0\" ]; then",
            "chown driftgraph:driftgraph reports",
            "exec setpriv --reuid=\"${owner%%:*}\" --regid=\"${owner##*:}\" --clear-groups");
  }

  @Test
  void theImageHasCypherShellFromTheBuild() {
    int last = dockerfile.lastStage();
    assertThat(dockerfile.inStage(last, "COPY"))
        .extracting(Instruction::arguments)
        .contains(
            "--from=build /build/target/cypher-shell/ target/cypher-shell/",
            "--chmod=0755 docker/cypher-shell /usr/local/bin/cypher-shell");
    assertThat(dockerfile.inStage(last, "RUN"))
        .anySatisfy(run -> assertThat(run.arguments()).contains("cypher-shell --version"));
  }

  @Test
  void imageRunsTheLauncherSoItsJvmFlagsAreTheLaunchers() throws IOException {
    String workdir = finalWorkdir();
    int last = dockerfile.lastStage();
    assertThat(dockerfile.inStage(last, "ENTRYPOINT"))
        .singleElement()
        .extracting(Instruction::arguments)
        .isEqualTo("[\"" + workdir + "/docker/entrypoint.sh\"]");
    assertThat(copiedInto(last, "docker/entrypoint.sh")).isEqualTo("docker/");
    assertThat(Files.readString(DOCKER.resolve("entrypoint.sh")))
        .contains("*) command=(./driftgraph \"$@\") ;;");
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
            "docker/init-auth.sh",
            "NEO4J_AUTH_FILE",
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

  private static String help(String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--help");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Map.of(),
            PROJECT);
    assertThat(code).as(String.join(" ", args)).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int stageNamed(String name) {
    List<Instruction> from =
        dockerfile.named("FROM").stream()
            .filter(instruction -> instruction.arguments().endsWith(" AS " + name))
            .toList();
    assertThat(from).as("FROM ... AS " + name).hasSize(1);
    return from.get(0).stage();
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
