package org.driftgraph.notebooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How the notebooks' Python package picks its transport, without a server: Debian's Python (no
 * neo4j driver) falls back to the HTTP query API; the venv of notebooks/setup.sh, where pip could
 * install the driver, uses Bolt. Each skips where its Python is missing.
 */
class NotebookPackageTest {
  private static final Path NOTEBOOKS = Path.of("notebooks").toAbsolutePath();
  private static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");
  private static final Path VENV_PYTHON = NOTEBOOKS.resolve(".venv/bin/python");

  private static final String PROBE =
      String.join(
          "\n",
          "import driftgraph",
          "print('driver', driftgraph.DRIVER_INSTALLED)",
          "print('queries', len(driftgraph.saved_query_names()) > 0)",
          "for transport in (None, 'http', 'bolt'):",
          "    try:",
          "        driftgraph.connect(url=None, password='x', transport=transport)",
          "    except driftgraph.DriftgraphError as e:",
          "        print(transport, '->', e)");

  @Test
  void withoutTheDriverTheHttpApiIsTheFallback() throws Exception {
    assumeTrue(
        run(DEBIAN_PYTHON, "import pandas, requests").code() == 0,
        "/usr/bin/python3 with pandas and requests (notebooks/setup.sh)");
    assumeTrue(run(DEBIAN_PYTHON, "import neo4j").code() != 0, "Debian's Python has no driver");

    Result probe = run(DEBIAN_PYTHON, PROBE);

    assertThat(probe.code()).as(probe.output()).isZero();
    assertThat(probe.output().lines())
        .containsExactly(
            "driver False",
            "queries True",
            "None -> cannot reach http://127.0.0.1:1: is ./driftgraph serve running?"
                + " (DRIFTGRAPH_HTTP_URL)",
            "http -> cannot reach http://127.0.0.1:1: is ./driftgraph serve running?"
                + " (DRIFTGRAPH_HTTP_URL)",
            "bolt -> the neo4j driver is not installed (notebooks/setup.sh installs it)");
  }

  @Test
  void withTheDriverInTheVenvBoltIsTheDefault() throws Exception {
    assumeTrue(Files.isExecutable(VENV_PYTHON), "notebooks/.venv (notebooks/setup.sh)");
    assumeTrue(run(VENV_PYTHON, "import neo4j").code() == 0, "the venv has the neo4j driver");

    Result probe = run(VENV_PYTHON, PROBE);

    assertThat(probe.code()).as(probe.output()).isZero();
    assertThat(probe.output().lines())
        .contains("driver True", "queries True")
        .anyMatch(line -> line.startsWith("None -> cannot reach bolt://127.0.0.1:1"))
        .anyMatch(line -> line.startsWith("http -> cannot reach http://127.0.0.1:1"));
  }

  private record Result(int code, String output) {}

  /** Runs Python in notebooks/ (as Jupyter does) against closed loopback ports. */
  private static Result run(Path python, String code) throws IOException, InterruptedException {
    if (!Files.isExecutable(python)) {
      return new Result(-1, "no " + python);
    }
    ProcessBuilder builder =
        new ProcessBuilder(List.of(python.toString(), "-c", code))
            .directory(NOTEBOOKS.toFile())
            .redirectErrorStream(true);
    builder
        .environment()
        .keySet()
        .removeIf(n -> n.startsWith("NEO4J_") || n.startsWith("DRIFTGRAPH_"));
    builder
        .environment()
        .putAll(
            Map.of(
                "DRIFTGRAPH_HTTP_URL", "http://127.0.0.1:1",
                "NEO4J_URI", "bolt://127.0.0.1:1"));
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
