package org.driftgraph.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftgraph.store.export.CsvExporter;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * {@code neo4j-admin database import full} (the dependency {@code neo4j-import-tool}) run in this
 * JVM on the files of a {@link CsvExporter} export, into database {@code neo4j} of a new DBMS home:
 * what {@code CsvExporterIT} checks and {@code WriteThroughputBenchmark} times.
 */
public final class AdminImport {
  private AdminImport() {}

  /**
   * Imports the CSV files of {@code csv} into a new store under {@code home}.
   *
   * @throws IllegalStateException with the tool's output when it fails
   */
  public static void run(Path csv, Path home) throws IOException {
    Files.createDirectories(home.resolve("conf"));
    List<String> args = new ArrayList<>(List.of("neo4j"));
    CsvExporter.NODE_FILES.forEach(name -> args.add("--nodes=" + csv.resolve(name + ".csv")));
    CsvExporter.RELATIONSHIP_FILES.forEach(
        name -> args.add("--relationships=" + csv.resolve(name + ".csv")));
    args.addAll(
        List.of(
            "--delimiter=,",
            "--array-delimiter=U+003B",
            "--quote=U+0022",
            "--multiline-fields=true",
            "--id-type=string",
            "--input-encoding=UTF-8",
            "--report-file=" + home.resolve("import.report")));
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8);
    int exit;
    try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      ExecutionContext context =
          new ExecutionContext(home, home.resolve("conf"), printer, printer, fs);
      exit = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
    }
    if (exit != 0) {
      throw new IllegalStateException(
          "neo4j-admin database import exited with "
              + exit
              + ": "
              + output.toString(StandardCharsets.UTF_8));
    }
  }
}
