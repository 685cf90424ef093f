package org.driftgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.driftgraph.serve.ServePassword;

/**
 * What a command may touch of the outside world, injected so that tests run commands in process.
 *
 * @param workingDir where paths given on the command line are resolved
 * @param home the project folder: where the defaults ({@code data/}, {@code import/}, {@code
 *     reports/}) live. The launcher sets it from {@code DRIFTGRAPH_HOME}; otherwise the working
 *     dir.
 */
public record CliContext(
    PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir, Path home) {

  public static final String HOME_VARIABLE = "DRIFTGRAPH_HOME";
  public static final String PASSWORD_VARIABLE = ServePassword.VARIABLE;

  public CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(env);
    workingDir = workingDir.toAbsolutePath().normalize();
    home = home.toAbsolutePath().normalize();
  }

  public static CliContext of(
      PrintWriter out, PrintWriter err, Map<String, String> env, Path workingDir) {
    String home = env.get(HOME_VARIABLE);
    return new CliContext(
        out, err, env, workingDir, home == null || home.isBlank() ? workingDir : Path.of(home));
  }

  /** A path the user typed: relative to the working directory. */
  public Path userPath(Path given) {
    return workingDir.resolve(given).normalize();
  }

  /** A default location inside the project, such as {@code import/articles}. */
  public Path projectPath(String relative) {
    return home.resolve(relative).normalize();
  }

  /** Shows a path relative to the working directory when it lies below it. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(workingDir) && !absolute.equals(workingDir)
        ? workingDir.relativize(absolute).toString()
        : absolute.toString();
  }
}
