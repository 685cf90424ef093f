package org.driftgraph.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The instructions of a Dockerfile, enough of its syntax for the tests: comments and blank lines
 * dropped, backslash continuations joined, each instruction tagged with the build stage it is in.
 * Not a Dockerfile parser (no heredocs, no escape directive): the project's Dockerfile uses
 * neither.
 */
record DockerfileInstructions(List<Instruction> all) {

  /**
   * One instruction: its keyword upper-cased, its arguments as written, the stage (0 = first FROM).
   */
  record Instruction(String keyword, String arguments, int stage) {
    /** The arguments split on blanks (enough for COPY, FROM, USER; not for shell quoting). */
    List<String> words() {
      return Arrays.asList(arguments.trim().split("\\s+"));
    }
  }

  static DockerfileInstructions read(Path dockerfile) throws IOException {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int stage = -1;
    for (String line : Files.readAllLines(dockerfile)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      String whole = pending.append(trimmed).toString().strip();
      pending.setLength(0);
      if (whole.isEmpty()) {
        continue;
      }
      int blank = whole.indexOf(' ');
      String keyword = (blank < 0 ? whole : whole.substring(0, blank)).toUpperCase(Locale.ROOT);
      String arguments = blank < 0 ? "" : whole.substring(blank + 1).strip();
      if (keyword.equals("FROM")) {
        stage++;
      }
      instructions.add(new Instruction(keyword, arguments, stage));
    }
    if (!pending.isEmpty()) {
      throw new IllegalArgumentException(dockerfile + ": ends inside a continued line");
    }
    return new DockerfileInstructions(List.copyOf(instructions));
  }

  List<Instruction> named(String keyword) {
    return all.stream().filter(instruction -> instruction.keyword().equals(keyword)).toList();
  }

  int lastStage() {
    return all.stream().mapToInt(Instruction::stage).max().orElse(-1);
  }

  List<Instruction> inStage(int stage, String keyword) {
    return named(keyword).stream().filter(instruction -> instruction.stage() == stage).toList();
  }
}
