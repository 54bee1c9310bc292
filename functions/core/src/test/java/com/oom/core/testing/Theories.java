package com.oom.core.testing;

import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

/**
 * The start of every property test (QuickTheories): {@code Theories.qt(tries)} runs {@code tries}
 * examples from a seed that is printed when the property fails, with the system property to repeat
 * that run exactly: {@code -Doom.seed=<seed>} (also passed on by Maven to the test JVM, e.g. {@code
 * ./mvnw -pl functions/core test -Dtest=QuietHoursProperties -Doom.seed=<seed>}). Without it, every
 * run draws a new seed.
 */
public final class Theories {

  /** The system property that fixes the seed of every property of the run. */
  public static final String SEED_PROPERTY = "oom.seed";

  private Theories() {}

  /**
   * QuickTheories draws an example it has already checked again without checking it twice; where
   * inputs repeat (ComplianceProperties' minutes and zones: about 1 % of 4,000 draws) asking for
   * this much more keeps at least {@code tries} checks, as jqwik's tries ran.
   */
  static final double REPEAT_MARGIN = 0.05;

  /** A theory of {@code tries} examples, from the seed {@code -Doom.seed} or a fresh one. */
  public static QuickTheory qt(int tries) {
    long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
    return QuickTheory.qt()
        .withExamples(tries + (int) Math.ceil(tries * REPEAT_MARGIN))
        .withFixedSeed(seed)
        .withReporter(new RepeatableReporter());
  }

  /** QuickTheories' report (values, cause, "Seed was …") and how to repeat the run. */
  private static final class RepeatableReporter implements Reporter {
    private final ExceptionReporter reporter = new ExceptionReporter();

    @Override
    public void falisification(
        long seed, int count, Object smallest, List<Object> examples, AsString<Object> toString) {
      try {
        reporter.falisification(seed, count, smallest, examples, toString);
      } catch (AssertionError e) {
        throw repeatable(e, seed);
      }
    }

    @Override
    public void falisification(
        long seed,
        int count,
        Object smallest,
        Throwable cause,
        List<Object> examples,
        AsString<Object> toString) {
      try {
        reporter.falisification(seed, count, smallest, cause, examples, toString);
      } catch (AssertionError e) {
        throw repeatable(e, seed);
      }
    }

    @Override
    public void valuesExhausted(int count) {
      reporter.valuesExhausted(count);
    }

    private static AssertionError repeatable(AssertionError e, long seed) {
      return new AssertionError(
          e.getMessage()
              + System.lineSeparator()
              + "Repeat this run with -D"
              + SEED_PROPERTY
              + "="
              + seed,
          e.getCause());
    }
  }
}
