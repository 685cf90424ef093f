package org.driftgraph.analyze.contract;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Every engine runs the same nested classes of {@link AnalysisContract}, so reports name a failing
 * test by a class that says nothing of the engine: this puts the engine's suite (the outermost test
 * instance, e.g. {@code Neo4jEngineContractIT}) in front of every failure message. Skips pass
 * through untouched.
 */
final class EngineInFailures
    implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw named(context, failure);
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw named(context, failure);
  }

  private static Throwable named(ExtensionContext context, Throwable failure) {
    if (failure instanceof TestAbortedException
        || !(failure instanceof AssertionError || failure instanceof RuntimeException)) {
      return failure;
    }
    String suite =
        context
            .getTestInstances()
            .map(instances -> instances.getAllInstances().get(0).getClass().getSimpleName())
            .orElse(context.getRequiredTestClass().getSimpleName());
    return new AssertionError("[" + suite + "] " + failure.getMessage(), failure);
  }
}
