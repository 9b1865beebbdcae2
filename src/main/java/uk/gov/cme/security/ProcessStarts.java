package uk.gov.cme.security;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Marks a process instance start made by the application itself (a building block handing a case to
 * another process) rather than by a user through Tasklist, {@code /engine-rest} or {@code /api}.
 * {@link InstanceAccessGuard} checks a user's start against the case it names; a start made here is
 * the application's own decision and is not checked again, but it carries the school scope of the
 * instance it comes from, so a school-scoped instance can only hand on to an instance of the same
 * school. Not a variable: no request can set it.
 */
public final class ProcessStarts {

  private static final ThreadLocal<Deque<Origin>> STARTS = ThreadLocal.withInitial(ArrayDeque::new);

  private ProcessStarts() {
  }

  /**
   * Where a start by the application comes from.
   *
   * @param processInstanceId the instance that starts it
   * @param schoolUrn         the school that instance is scoped to; null for an LA instance
   */
  public record Origin(String processInstanceId, String schoolUrn) {
  }

  /** The origin of a start made by a step of {@code execution}'s instance. */
  public static Origin of(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    Object group = execution.getVariable(InstanceAccessGuard.SCHOOL_GROUP);
    String school = group == null ? null : Groups.urnOf(group.toString()).orElse(null);
    return new Origin(execution.getProcessInstanceId(), school);
  }

  /** Runs {@code start} as a start by the application on behalf of {@code execution}'s instance. */
  public static <T> T fromProcess(org.camunda.bpm.engine.delegate.DelegateExecution execution, Supplier<T> start) {
    return fromProcess(of(execution), start);
  }

  /** Runs {@code start} as a start by the application on behalf of {@code origin}. */
  public static <T> T fromProcess(Origin origin, Supplier<T> start) {
    Deque<Origin> starts = STARTS.get();
    starts.push(origin);
    try {
      return start.get();
    } finally {
      starts.pop();
      if (starts.isEmpty()) {
        STARTS.remove();
      }
    }
  }

  /** The start in progress on this thread made by the application, or null for a user's start. */
  static Origin current() {
    return STARTS.get().peek();
  }
}
