package org.driftgraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.driftgraph.pipeline.PipelineFailure;
import org.driftgraph.serve.ServeFailure;
import org.driftgraph.store.StoreException;
import picocli.CommandLine;

/** Entry point. {@link #run} is what tests call: streams and environment are injected. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err, System.getenv(), Path.of(""));
    System.exit(code);
  }

  /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir) {
    PrintWriter outWriter =
        new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return commandLine(CliContext.of(outWriter, errWriter, env, workingDir)).execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** The configured picocli command line: usage errors exit 2, failures 1, one line on stderr. */
  public static CommandLine commandLine(CliContext context) {
    DriftgraphCommand root = new DriftgraphCommand(context);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(context.out());
    commandLine.setErr(context.err());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine failed = ex.getCommandLine();
          context.err().println("driftgraph: " + ex.getMessage());
          context.err().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, failed, parseResult) -> failed(context, root.verbose(), ex));
    return commandLine;
  }

  /**
   * Prints a command's failure as one line on stderr (and its trace when verbose): the exit code.
   */
  static int failed(CliContext context, boolean verbose, Exception ex) {
    context.err().println("driftgraph: " + describe(ex));
    if (verbose) {
      ex.printStackTrace(context.err());
    }
    return ex instanceof UsageFailure ? ExitCodes.USAGE : ExitCodes.FAILURE;
  }

  private static String describe(Throwable ex) {
    // These carry messages written for the user (file, reason); anything else is a bug or an
    // environment problem, so name the exception and point at --verbose.
    if (ex instanceof CliFailure
        || ex instanceof UsageFailure
        || ex instanceof PipelineFailure
        || ex instanceof ServeFailure
        || ex instanceof StoreException
        || ex instanceof UncheckedIOException
        || ex instanceof IllegalArgumentException) {
      return ex.getMessage();
    }
    String message = ex.getMessage();
    return ex.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.strip().lines().findFirst().orElse(""))
        + " (run with --verbose for details)";
  }
}
