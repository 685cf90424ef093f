package org.driftgraph.text;

import java.util.function.Supplier;

/**
 * Units of work the text and extraction stages report as they go (characters scanned, regex passes
 * over a sentence, candidate names examined, candidate pairs), so that a test can assert that an
 * input costs at most a constant times its length without timing anything: a stage that became
 * quadratic shows as work per character that grows with the input, on any machine.
 *
 * <p>Counted per thread, so parallel imports and tests do not mix their counts; a stage only adds,
 * which costs one thread-local read per loop, not per character.
 */
public final class WorkCount {
  private static final ThreadLocal<long[]> UNITS = ThreadLocal.withInitial(() -> new long[1]);

  private WorkCount() {}

  /** Records {@code units} of work done on this thread. */
  public static void add(long units) {
    UNITS.get()[0] += units;
  }

  /** The work {@code stage} did on this thread, with its result. */
  public static <T> Measured<T> measure(Supplier<T> stage) {
    long[] units = UNITS.get();
    long before = units[0];
    T result = stage.get();
    return new Measured<>(result, units[0] - before);
  }

  /**
   * A result and the work it took.
   *
   * @param units the work units the stages recorded while producing it
   */
  public record Measured<T>(T result, long units) {
    public Measured {
      if (units < 0) {
        throw new IllegalArgumentException("work cannot be negative: " + units);
      }
    }
  }
}
