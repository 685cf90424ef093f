package org.driftgraph.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.TransientException;

/**
 * A driver whose write transactions fail once each with a deadlock, as a cluster does when its
 * leader changes or two writers collide: the work runs, then the transaction throws a {@link
 * TransientException} and rolls back, and only the driver's own retry of the managed transaction
 * gets it committed. Auto-commit {@code session.run} calls are counted, since the driver never
 * retries those.
 */
final class FlakyDriver {
  static final String DEADLOCK = "Neo.TransientError.Transaction.DeadlockDetected";

  private final Driver driver;
  private final AtomicInteger injected = new AtomicInteger();
  private final AtomicInteger autoCommitRuns = new AtomicInteger();

  FlakyDriver(Driver driver) {
    this.driver = driver;
  }

  /** The driver to hand to the code under test. */
  Driver driver() {
    return (Driver)
        Proxy.newProxyInstance(
            Driver.class.getClassLoader(),
            new Class<?>[] {Driver.class},
            (proxy, method, args) -> {
              Object result = invoke(driver, method, args);
              return result instanceof Session session ? flaky(session) : result;
            });
  }

  /** Transient failures thrown so far, one per managed write transaction. */
  int injected() {
    return injected.get();
  }

  /** Auto-commit statements run so far, which the driver would not have retried. */
  int autoCommitRuns() {
    return autoCommitRuns.get();
  }

  private Session flaky(Session session) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "executeWrite" -> args[0] = failingOnce((TransactionCallback<?>) args[0]);
            case "executeWriteWithoutResult" -> {
              @SuppressWarnings("unchecked")
              Consumer<TransactionContext> work = (Consumer<TransactionContext>) args[0];
              args[0] = failingOnce(work);
            }
            case "run" -> autoCommitRuns.incrementAndGet();
            default -> {}
          }
          return invoke(session, method, args);
        };
    return (Session)
        Proxy.newProxyInstance(
            Session.class.getClassLoader(), new Class<?>[] {Session.class}, handler);
  }

  private <T> TransactionCallback<T> failingOnce(TransactionCallback<T> work) {
    boolean[] failed = {false};
    return tx -> {
      T result = work.execute(tx);
      if (!failed[0]) {
        failed[0] = true;
        injected.incrementAndGet();
        throw new TransientException(DEADLOCK, "injected: the transaction was chosen as victim");
      }
      return result;
    };
  }

  private Consumer<TransactionContext> failingOnce(Consumer<TransactionContext> work) {
    TransactionCallback<Void> callback =
        failingOnce(
            tx -> {
              work.accept(tx);
              return null;
            });
    return callback::execute;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
