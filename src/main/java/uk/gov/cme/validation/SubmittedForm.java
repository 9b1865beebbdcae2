package uk.gov.cme.validation;

import java.util.Map;

/**
 * The form whose submission the current thread is handling ({@link FormSubmissionFilter} sets it for
 * the length of the engine call), so that a refusal from a step the submission runs names each field
 * as that form labels it: the label the user has just seen. Empty outside a form submission (the
 * application's API, a job).
 */
final class SubmittedForm implements AutoCloseable {

  private static final ThreadLocal<FormSchema> CURRENT = new ThreadLocal<>();

  private final FormSchema before;

  private SubmittedForm(FormSchema before) {
    this.before = before;
  }

  /** {@code form} is the submitted form until the returned scope is closed. */
  static SubmittedForm of(FormSchema form) {
    SubmittedForm scope = new SubmittedForm(CURRENT.get());
    CURRENT.set(form);
    return scope;
  }

  @Override
  public void close() {
    if (before == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(before);
    }
  }

  /** The labels of the submitted form by key; empty when none is being submitted. */
  static Map<String, String> labels() {
    FormSchema form = CURRENT.get();
    return form == null ? Map.of() : form.labels();
  }
}
