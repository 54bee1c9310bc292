package com.oom.tooling.emulator;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The integration tests' AWS emulator, as {@link Emulators} chooses it (moto unless {@code
 * -Doom.emulator=localstack}): started once per test JVM, reset before each test so tests never see
 * each other's data, and stopped when the whole run ends.
 *
 * <p>When the chosen emulator cannot run here (LocalStack without a Docker engine), every test
 * class using the extension is skipped, with the reason said once on the console.
 */
public final class EmulatorExtension
    implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback {
  private static boolean announced;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return Available.evaluate();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    Emulators.shared();
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            EmulatorExtension.class.getName(),
            key -> (ExtensionContext.Store.CloseableResource) Emulators::stopShared);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Emulators.shared().reset();
  }

  /**
   * The extension's condition alone, for tests that manage the emulator themselves (one state
   * shared by a class's tests, no reset between them):
   * {@code @ExtendWith(EmulatorExtension.Available.class)} skips them, as the extension would, when
   * the chosen emulator cannot run here.
   */
  public static final class Available implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return evaluate();
    }

    static ConditionEvaluationResult evaluate() {
      return Emulators.unavailable()
          .map(
              reason -> {
                announce(reason);
                return ConditionEvaluationResult.disabled(reason);
              })
          .orElseGet(() -> ConditionEvaluationResult.enabled("emulator: " + Emulators.choice()));
    }
  }

  private static synchronized void announce(String reason) {
    if (!announced) {
      announced = true;
      System.err.println(reason);
    }
  }
}
