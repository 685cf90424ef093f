package org.driftgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** One in-process run of the CLI with captured output, as the tests see it. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withEnv(Map.of(), args);
  }

  /** Runs with the project folder (Maven's working directory) as home, plus the given variables. */
  static CliRun withEnv(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> environment = new HashMap<>(env);
    environment.putIfAbsent(CliContext.HOME_VARIABLE, Path.of("").toAbsolutePath().toString());
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            environment,
            Path.of(""));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
