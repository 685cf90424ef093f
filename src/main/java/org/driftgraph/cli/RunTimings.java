package org.driftgraph.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.driftgraph.store.StartTimes;

/**
 * Where a command's time goes ({@code run --timings}): wall and process CPU time between marks set
 * as the command passes its phases, printed to stderr at the end. Off, it reads no clock at all.
 */
final class RunTimings {
  private final boolean on;
  private final List<Mark> marks = new ArrayList<>();
  private final List<Part> parts = new ArrayList<>();
  private StartTimes start = StartTimes.NONE;
  private String openPhase;

  private RunTimings(boolean on) {
    this.on = on;
  }

  /** Timings that are kept when {@code on}; otherwise every call does nothing. */
  static RunTimings of(boolean on) {
    RunTimings timings = new RunTimings(on);
    if (on) {
      // The first mark: from the JVM's start to here is the JVM, picocli and the options.
      timings.marks.add(
          new Mark(
              "JVM start, options",
              ManagementFactory.getRuntimeMXBean().getStartTime(),
              0,
              List.of()));
      timings.mark("JVM start, options");
    }
    return timings;
  }

  /** The phase named {@code phase} ends now. */
  void mark(String phase) {
    if (on) {
      marks.add(
          new Mark(phase, System.currentTimeMillis(), processCpuMillis(), List.copyOf(parts)));
      parts.clear();
    }
  }

  /**
   * The threads of one part of the phase now ending used {@code cpuMillis} of its CPU: printed
   * under the phase's line when it is marked.
   */
  void part(String part, long cpuMillis) {
    if (on) {
      parts.add(new Part(part, cpuMillis));
    }
  }

  /** The store was opened now: how its start split, for the open's line. */
  void opened(String phase, StartTimes times) {
    if (on) {
      start = times;
      openPhase = phase;
      mark(phase);
    }
  }

  /** The DBMS's start times as they stand at the end (procedures registered on demand). */
  void started(StartTimes times) {
    if (on) {
      start = times;
    }
  }

  /** Prints the phases, one a line, then the total from the JVM's start. */
  void print(PrintWriter err) {
    if (!on || marks.size() < 2) {
      return;
    }
    err.println("timings: phase, wall ms, process CPU ms");
    for (int i = 1; i < marks.size(); i++) {
      Mark from = marks.get(i - 1);
      Mark to = marks.get(i);
      line(err, to.phase(), to.millis() - from.millis(), to.cpuMillis() - from.cpuMillis());
      for (Part part : to.parts()) {
        err.printf(Locale.ROOT, "    %-34s %7s %7d%n", part.name(), "", part.cpuMillis());
      }
      if (to.phase().equals(openPhase) && start != StartTimes.NONE) {
        detail(err, "password set", start.passwordMillis());
        detail(err, "DBMS start", start.dbmsMillis());
        detail(err, "other users checked (system db)", start.usersMillis());
        detail(err, "driver login", start.driverMillis());
        // The open is the start, then the schema check (two reads when it is all there).
        long started =
            start.passwordMillis()
                + start.dbmsMillis()
                + start.usersMillis()
                + start.driverMillis();
        detail(err, "schema check, the rest", to.millis() - from.millis() - started);
      }
    }
    if (start.scanMillis() + start.registerMillis() > 0) {
      detail(err, "GDS/APOC found (in the report)", start.scanMillis());
      detail(err, "GDS/APOC registered (in the report)", start.registerMillis());
    }
    Mark first = marks.get(0);
    Mark last = marks.get(marks.size() - 1);
    line(err, "total from JVM start", last.millis() - first.millis(), last.cpuMillis());
    err.flush();
  }

  private static void line(PrintWriter err, String phase, long wall, long cpu) {
    err.printf(Locale.ROOT, "  %-36s %7d %7d%n", phase, wall, cpu);
  }

  private static void detail(PrintWriter err, String phase, long wall) {
    err.printf(Locale.ROOT, "    %-34s %7d %7s%n", phase, wall, "");
  }

  private static long processCpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1_000_000;
    }
    return 0;
  }

  private record Mark(String phase, long millis, long cpuMillis, List<Part> parts) {}

  private record Part(String name, long cpuMillis) {}
}
