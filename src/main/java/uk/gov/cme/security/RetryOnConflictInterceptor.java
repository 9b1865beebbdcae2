package uk.gov.cme.security;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a user's start, form submission, task completion or message again when it lost a race with
 * another change to the same instance or case (the engine's optimistic locking, the register's
 * version, a lock wait): the first attempt was rolled back whole, so running it again is safe, and
 * the user gets an answer instead of a 500. Placed before the engine's transaction interceptor, and
 * only for a command that is not inside a transaction already (retrying inside one would not help).
 */
public class RetryOnConflictInterceptor extends CommandInterceptor {

  static final int ATTEMPTS = 5;

  /** The commands a user's request runs that may meet a concurrent change; others run once. */
  private static final Set<String> RETRIED = Set.of(
      "StartProcessInstanceCmd", "SubmitStartFormCmd", "SubmitTaskFormCmd", "CompleteTaskCmd",
      "CorrelateMessageCmd", "CorrelateAllMessageCmd", "StartProcessInstanceAtActivitiesCmd");

  private static final Logger LOG = LoggerFactory.getLogger(RetryOnConflictInterceptor.class);

  @Override
  public <T> T execute(Command<T> command) {
    if (!RETRIED.contains(command.getClass().getSimpleName()) || Context.getCommandContext() != null
        || TransactionSynchronizationManager.isActualTransactionActive()) {
      return next.execute(command);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isConflict(e)) {
          throw e;
        }
        LOG.info("{} met a concurrent change; trying again ({} of {})", command.getClass().getSimpleName(),
            attempt + 1, ATTEMPTS);
        // a short, random pause so that two retrying requests do not collide again
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(5_000_000L, 25_000_000L * attempt));
      }
    }
  }

  static boolean isConflict(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
          || cause instanceof java.sql.SQLTransientException) {
        return true;
      }
    }
    return false;
  }
}
