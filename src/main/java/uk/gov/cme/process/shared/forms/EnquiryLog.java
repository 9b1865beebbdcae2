package uk.gov.cme.process.shared.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The case's readable enquiry log that the forms show ({@value #VARIABLE}): one line per event, kept by the
 * CME referral and carried into and out of the outbound enquiry it calls.
 */
public final class EnquiryLog {

  /** The process variable holding the log. */
  public static final String VARIABLE = "enquiryLog";

  private EnquiryLog() {
  }

  /** Adds a line to the log. */
  public static void append(DelegateExecution execution, String line) {
    Object log = execution.getVariable(VARIABLE);
    execution.setVariable(VARIABLE, log == null || log.toString().isBlank() ? line : log + "\n" + line);
  }
}
