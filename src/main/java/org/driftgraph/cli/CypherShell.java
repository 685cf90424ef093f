package org.driftgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Neo4j's cypher-shell, run in a JVM of its own: its driver and Netty versions differ from ours, so
 * the build copies it with its dependencies to {@code target/cypher-shell/}. The password reaches
 * it through its environment ({@code NEO4J_PASSWORD}), never the command line that {@code ps}
 * shows.
 */
final class CypherShell {
  static final String FOLDER = "target/cypher-shell";
  private static final String MAIN = "org.neo4j.shell.Main";

  private final Path jars;

  private CypherShell(Path jars) {
    this.jars = jars;
  }

  /** The cypher-shell the build installed in the project; a clear error when it is missing. */
  static CypherShell installed(CliContext context) {
    Path folder = context.projectPath(FOLDER);
    boolean present;
    try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
      present = files.anyMatch(f -> f.getFileName().toString().startsWith("cypher-shell-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    if (!present) {
      throw new CliFailure(
          "cypher-shell is not in " + context.display(folder) + ": build with ./mvnw package");
    }
    return new CypherShell(folder);
  }

  /**
   * Runs cypher-shell against {@code boltUri} and returns its exit code. With a script, its output
   * is copied to the command's streams; without, it takes over the terminal (stdin, stdout,
   * stderr).
   */
  int run(CliContext context, String boltUri, String user, String password, Path script)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(java, "-cp", jars.resolve("*").toString(), MAIN, "-a", boltUri, "-u", user));
    if (script != null) {
      command.addAll(List.of("--format", "plain", "-f", script.toString()));
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("NEO4J_PASSWORD", password);
    if (script == null) {
      return builder.inheritIO().start().waitFor();
    }
    builder.redirectInput(ProcessBuilder.Redirect.INHERIT);
    Process process = builder.start();
    Thread out = copy(process.getInputStream(), context.out());
    Thread err = copy(process.getErrorStream(), context.err());
    int code = process.waitFor();
    out.join();
    err.join();
    return code;
  }

  private static Thread copy(InputStream from, PrintWriter to) {
    Thread thread =
        new Thread(
            () -> {
              try (Reader in = new InputStreamReader(from, StandardCharsets.UTF_8)) {
                in.transferTo(to);
                to.flush();
              } catch (IOException e) {
                to.println("driftgraph: lost cypher-shell's output: " + e.getMessage());
              }
            },
            "cypher-shell-output");
    thread.start();
    return thread;
  }
}
