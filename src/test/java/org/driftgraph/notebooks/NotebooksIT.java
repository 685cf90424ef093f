package org.driftgraph.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.driftgraph.cli.CliContext;
import org.driftgraph.cli.Main;
import org.driftgraph.store.ServedNeo4j;
import org.driftgraph.store.ServedNeo4j.ServeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook in notebooks/ executed headless, as CI runs it, against the sample corpus served
 * over HTTP with authentication on. The executed copies land in target/notebooks/ for reading.
 * Skips, saying why, where Debian's Jupyter packages are missing (notebooks/setup.sh installs
 * them).
 */
class NotebooksIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Debian's python, which sees Debian's Jupyter packages (the python3 first on PATH may not). */
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  private static final String MODULES =
      "nbclient, nbconvert, ipykernel, pandas, matplotlib, networkx, requests";
  private static final Path NOTEBOOKS = Path.of("notebooks");
  private static final Path EXECUTED = Path.of("target", "notebooks");
  private static final long NOTEBOOK_TIMEOUT_SECONDS = 300;
  private static final int CELL_TIMEOUT_SECONDS = 120;

  @TempDir static Path temp;
  private static ServedNeo4j served;
  private static String password;
  private static final Map<String, JsonNode> executed = new ConcurrentHashMap<>();

  /** Why the notebooks cannot run on this machine, or null when they can. */
  private static String missing;

  @BeforeAll
  static void serveTheSampleCorpus() throws Exception {
    missing = jupyterMissing();
    if (missing != null) {
      // Every test then skips with this message; it is printed once so that a build log shows it
      // too.
      System.out.println("NotebooksIT skipped: " + missing);
      return;
    }
    Path store = temp.resolve("store");
    cli(
        "import",
        "import/articles",
        "--store",
        store.toString(),
        "--reports",
        temp.resolve("reports").toString());
    cli("analyze", "centrality", "--write", "--store", store.toString());
    password = "notebooks-" + UUID.randomUUID();
    served =
        ServedNeo4j.start(store, Path.of("import"), ServeSettings.loopbackOnFreePorts(password));
    Files.createDirectories(EXECUTED);
  }

  private static String jupyterMissing() {
    if (!Files.isExecutable(PYTHON)) {
      return "no " + PYTHON + " (notebooks/setup.sh installs Debian's Python and Jupyter)";
    }
    Result probe =
        Result.of(
            List.of(PYTHON.toString(), "-c", "import " + MODULES),
            Map.of(),
            temp.resolve("probe.log"),
            60);
    if (probe.exitCode() != 0) {
      return PYTHON
          + " lacks Jupyter or the notebooks' modules (run notebooks/setup.sh): "
          + probe.output().strip().lines().reduce((first, last) -> last).orElse("");
    }
    return null;
  }

  @AfterAll
  static void stopServing() {
    if (served != null) {
      served.close();
    }
  }

  static Stream<String> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(NOTEBOOKS)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".ipynb"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void runsHeadlessWithoutACellError(String notebook) {
    JsonNode cells = executed(notebook).path("cells");

    List<String> errors = new ArrayList<>();
    for (JsonNode output : outputs(cells)) {
      if (output.path("output_type").asText().equals("error")) {
        errors.add(output.path("ename").asText() + ": " + output.path("evalue").asText());
      }
    }
    assertThat(errors).as("error outputs in %s", EXECUTED.resolve(notebook)).isEmpty();
    assertThat(cells)
        .filteredOn(cell -> cell.path("cell_type").asText().equals("code"))
        .as("every code cell ran")
        .allSatisfy(cell -> assertThat(cell.path("execution_count").isInt()).isTrue());
  }

  @Test
  void theTourRanksTamTamAmongTheTopEntitiesAndDrawsTheNetwork() {
    JsonNode tour = executed("01-tour.ipynb");

    assertThat(text(tagged(tour, "top-entities"))).contains("tamtam", "telegram", "isis");
    assertThat(text(tagged(tour, "migration-chains")))
        .contains("isis: facebook, riot, twitter → telegram → tamtam");
    long pictures =
        StreamSupport.stream(outputs(tour.path("cells")).spliterator(), false)
            .filter(output -> output.path("data").has("image/png"))
            .count();
    assertThat(pictures).as("bar chart, fact network, platform flow").isGreaterThanOrEqualTo(3);
  }

  @Test
  void theAnalystNotebookShowsTamTamCarriedTheLondonBridgeClaimBeforeTelegram() {
    JsonNode questions = executed("02-analyst-questions.ipynb");

    assertThat(text(tagged(questions, "first-carriers")))
        .containsPattern(
            "london-bridge-attack-2019: first tamtam 2019-11-30T17:55\\S*, then telegram 2019-11-30T17:56\\S* \\(\\+1 min\\)");
    assertThat(text(tagged(questions, "bans"))).contains("europol", "2019-10-27");
    assertThat(text(tagged(questions, "displacement")))
        .containsPattern("isis\\s+telegram\\s+2015\\s+tamtam");
    assertThat(text(tagged(questions, "ownership"))).contains("tamtam → mail-ru-group");
  }

  /** The notebook executed once per run (the tests share it); fails on a non-zero exit. */
  private static JsonNode executed(String notebook) {
    assumeTrue(missing == null, () -> "skipped: " + missing);
    return executed.computeIfAbsent(notebook, NotebooksIT::execute);
  }

  private static JsonNode execute(String notebook) {
    Path log = EXECUTED.resolve(notebook.replace(".ipynb", ".log"));
    List<String> command =
        List.of(
            PYTHON.toString(),
            "-m",
            "jupyter",
            "nbconvert",
            "--to",
            "notebook",
            "--execute",
            "--ExecutePreprocessor.timeout=" + CELL_TIMEOUT_SECONDS,
            "--output-dir",
            EXECUTED.toString(),
            NOTEBOOKS.resolve(notebook).toString());
    Map<String, String> env =
        Map.of(
            "DRIFTGRAPH_HTTP_URL",
            served.httpUri().toString(),
            "DRIFTGRAPH_NEO4J_PASSWORD",
            password,
            // The kernel's debugger warns about frozen modules on every start; it is noise in the
            // log.
            "PYDEVD_DISABLE_FILE_VALIDATION",
            "1");
    Result run = Result.of(command, env, log, NOTEBOOK_TIMEOUT_SECONDS);
    assertThat(run.exitCode()).as("%s failed (log %s):%n%s", notebook, log, run.output()).isZero();
    try {
      return JSON.readTree(EXECUTED.resolve(notebook).toFile());
    } catch (IOException e) {
      throw new AssertionError("cannot read the executed " + notebook + ": " + e.getMessage(), e);
    }
  }

  /**
   * The package's two transports on the same served store: Bolt through the official neo4j driver
   * in the virtual environment notebooks/setup.sh makes, and the HTTP query API, give the same
   * rows. Skips where the environment or its driver is missing (setup.sh could not reach a package
   * index).
   */
  @Test
  void boltAndHttpTransportsGiveTheSameRows() throws IOException {
    assumeTrue(missing == null, () -> "skipped: " + missing);
    Path venvPython = NOTEBOOKS.resolve(".venv").resolve("bin").resolve("python");
    assumeTrue(
        Files.isExecutable(venvPython), "skipped: no notebooks/.venv (run notebooks/setup.sh)");
    Path log = EXECUTED.resolve("transports.log");
    String script =
        String.join(
            "\n",
            "import sys",
            "sys.path.insert(0, 'notebooks')",
            "import driftgraph",
            "if not driftgraph.DRIVER_INSTALLED:",
            "    print('NO-DRIVER'); sys.exit(0)",
            "q = 'MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY id'",
            "bolt = driftgraph.connect(url=sys.argv[1], transport='bolt').run(q)",
            "http = driftgraph.connect(url=sys.argv[2], transport='http').run(q)",
            "print('ROWS', len(bolt), len(http), bolt.equals(http), type(bolt).__name__)");
    Result run =
        Result.of(
            List.of(
                venvPython.toString(),
                "-c",
                script,
                served.boltUri().toString(),
                served.httpUri().toString()),
            Map.of("DRIFTGRAPH_NEO4J_PASSWORD", password),
            log,
            NOTEBOOK_TIMEOUT_SECONDS);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assumeTrue(
        !run.output().contains("NO-DRIVER"),
        "skipped: the neo4j driver is not installed in notebooks/.venv");
    assertThat(run.output())
        .as(run.output())
        .containsPattern("ROWS ([1-9]\\d*) \\1 True DataFrame");
  }

  private static JsonNode tagged(JsonNode notebook, String tag) {
    for (JsonNode cell : notebook.path("cells")) {
      for (JsonNode t : cell.path("metadata").path("tags")) {
        if (t.asText().equals(tag)) {
          return cell;
        }
      }
    }
    throw new AssertionError("no cell tagged " + tag);
  }

  /** Everything a cell printed or displayed as text. */
  private static String text(JsonNode cell) {
    StringBuilder text = new StringBuilder();
    for (JsonNode output : cell.path("outputs")) {
      join(text, output.path("text"));
      join(text, output.path("data").path("text/plain"));
    }
    return text.toString();
  }

  private static void join(StringBuilder text, JsonNode lines) {
    if (lines.isArray()) {
      lines.forEach(line -> text.append(line.asText()));
    } else if (lines.isTextual()) {
      text.append(lines.asText());
    }
  }

  private static List<JsonNode> outputs(JsonNode cells) {
    List<JsonNode> outputs = new ArrayList<>();
    cells.forEach(cell -> cell.path("outputs").forEach(outputs::add));
    return outputs;
  }

  private static void cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(CliContext.HOME_VARIABLE, Path.of("").toAbsolutePath().toString()),
            Path.of(""));
    assertThat(code)
        .as("driftgraph %s:%n%s", String.join(" ", args), err.toString(StandardCharsets.UTF_8))
        .isZero();
  }

  /**
   * A finished child process: its exit code and its merged output, which is also kept in a log
   * file.
   */
  private record Result(int exitCode, String output) {
    static Result of(List<String> command, Map<String, String> env, Path log, long timeoutSeconds) {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      try {
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly().waitFor();
          throw new AssertionError(
              String.join(" ", command)
                  + " did not finish in "
                  + timeoutSeconds
                  + " s (log "
                  + log
                  + ")");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } catch (IOException e) {
        return new Result(-1, "cannot run " + command.get(0) + ": " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while running " + String.join(" ", command), e);
      }
    }
  }
}
