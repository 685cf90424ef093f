package org.driftgraph.serve;

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
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Neo4j's cypher-shell, run in a JVM of its own: its driver and Netty versions differ from ours, so
 * the build copies it with its dependencies to {@code target/cypher-shell/}. The password reaches
 * it through its environment ({@code NEO4J_PASSWORD}), never the command line that {@code ps}
 * shows.
 */
public final class CypherShell {
  public static final String FOLDER = "target/cypher-shell";
  private static final String MAIN = "org.neo4j.shell.Main";

  private final Path jars;

  private CypherShell(Path jars) {
    this.jars = jars;
  }

  /**
   * The cypher-shell the build installed in the project ({@link #FOLDER} of {@code projectDir}); a
   * clear error when it is missing.
   *
   * @param shown how a path is shown to the user
   */
  public static CypherShell installed(Path projectDir, Function<Path, String> shown) {
    Path folder = projectDir.resolve(FOLDER).normalize();
    boolean present;
    try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
      present = files.anyMatch(f -> f.getFileName().toString().startsWith("cypher-shell-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    if (!present) {
      throw new ServeFailure(
          "cypher-shell is not in " + shown.apply(folder) + ": build with ./mvnw package");
    }
    return new CypherShell(folder);
  }

  /**
   * Runs cypher-shell against {@code boltUri} and returns its exit code. With a script, its output
   * is copied to {@code out} and {@code err}; without, it takes over the terminal (stdin, stdout,
   * stderr).
   */
  public int run(
      PrintWriter out, PrintWriter err, String boltUri, String user, String password, Path script)
      throws IOException, InterruptedException {
    return run(out, err, boltUri, user, password, null, script);
  }

  /**
   * As {@link #run(PrintWriter, PrintWriter, String, String, String, Path)}, on the named database
   * (null: the user's home database).
   */
  public int run(
      PrintWriter out,
      PrintWriter err,
      String boltUri,
      String user,
      String password,
      String database,
      Path script)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(java, "-cp", jars.resolve("*").toString(), MAIN, "-a", boltUri, "-u", user));
    if (database != null) {
      command.addAll(List.of("-d", database));
    }
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
    Thread outCopy = copy(process.getInputStream(), out);
    Thread errCopy = copy(process.getErrorStream(), err);
    int code = process.waitFor();
    outCopy.join();
    errCopy.join();
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
