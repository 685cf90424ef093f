package org.driftgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/** A serve command running in a thread of the test, stopped the way Ctrl-C stops it. */
record Serving(
    ServeCommand command,
    CompletableFuture<Integer> exit,
    ByteArrayOutputStream out,
    ByteArrayOutputStream errBytes) {

  static Serving start(Map<String, String> env, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CliContext context = CliContext.of(writer(out), writer(err), merged(env), Path.of(""));
    CommandLine commandLine = Main.commandLine(context);
    ServeCommand command = commandLine.getSubcommands().get("serve").getCommand();
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> commandLine.execute(args));
    if (!command.awaitStarted(Duration.ofMinutes(5))) {
      throw new AssertionError("serve did not start (exit " + exit.getNow(null) + "): " + err);
    }
    return new Serving(command, exit, out, err);
  }

  /**
   * Stops the serve, checks that it ended within the time given with exit code 0, returns stdout.
   */
  String stopAndWait(Duration within) throws Exception {
    long stopping = System.nanoTime();
    command.stop();
    int code = exit.get(within.toMillis(), TimeUnit.MILLISECONDS);
    System.out.printf("serve stopped in %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
    assertThat(code).as(err()).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, String> merged(Map<String, String> env) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put(CliContext.HOME_VARIABLE, Path.of("").toAbsolutePath().toString());
    return all;
  }

  private static PrintWriter writer(ByteArrayOutputStream bytes) {
    return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
  }
}
