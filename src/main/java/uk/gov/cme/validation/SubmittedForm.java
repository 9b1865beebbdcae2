package uk.gov.cme.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.cme.validation.InputRefusedException.Fault;

/**
 * The form whose submission the current thread is handling ({@link FormSubmissionFilter} sets it for
 * the length of the engine call), so that a refusal from a step the submission runs names each field
 * as that form labels it: the label the user has just seen. Empty outside a form submission (the
 * application's API, a job).
 *
 * <p>It also holds the submission's format faults ({@link FieldFormat}) while the engine runs the call,
 * so that the answer names them together with the intake's: a refusal from a step takes them
 * ({@link #takePending()}), and {@link PendingFormatFaults} refuses a call that no step refused.
 */
final class SubmittedForm implements AutoCloseable {

  private static final ThreadLocal<FormSchema> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<List<Fault>> PENDING = new ThreadLocal<>();

  private final FormSchema before;
  private final List<Fault> pendingBefore;

  private SubmittedForm(FormSchema before, List<Fault> pendingBefore) {
    this.before = before;
    this.pendingBefore = pendingBefore;
  }

  /** {@code form} is the submitted form until the returned scope is closed. */
  static SubmittedForm of(FormSchema form) {
    return of(form, List.of());
  }

  /**
   * {@code form} is the submitted form, and {@code formatFaults} its format faults not yet answered,
   * until the returned scope is closed.
   */
  static SubmittedForm of(FormSchema form, List<Fault> formatFaults) {
    SubmittedForm scope = new SubmittedForm(CURRENT.get(), PENDING.get());
    CURRENT.set(form);
    PENDING.set(new ArrayList<>(formatFaults));
    return scope;
  }

  @Override
  public void close() {
    if (before == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(before);
    }
    if (pendingBefore == null) {
      PENDING.remove();
    } else {
      PENDING.set(pendingBefore);
    }
  }

  /** The submission's format faults not yet answered, which are then answered; empty when none. */
  static List<Fault> takePending() {
    List<Fault> pending = PENDING.get();
    if (pending == null || pending.isEmpty()) {
      return List.of();
    }
    List<Fault> taken = List.copyOf(pending);
    pending.clear();
    return taken;
  }

  /** The labels of the submitted form by key; empty when none is being submitted. */
  static Map<String, String> labels() {
    FormSchema form = CURRENT.get();
    return form == null ? Map.of() : form.labels();
  }
}
