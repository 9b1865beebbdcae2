package uk.gov.cme.process.cmeoutbound;

import static uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Variables.ENQUIRY_LOG;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.process.shared.forms.FormText;

/** The case's readable enquiry log ({@code enquiryLog}) that the forms show, one line per event. */
final class EnquiryLog {

  private EnquiryLog() {
  }

  /** Adds "<today>: Another local authority's CME team (<authority>): <what happened>". */
  static void add(DelegateExecution execution, String authority, String what) {
    String line = FormText.date(EngineActors.today()) + ": Another local authority's CME team (" + authority + "): " + what;
    Object log = execution.getVariable(ENQUIRY_LOG);
    execution.setVariable(ENQUIRY_LOG, log == null || log.toString().isBlank() ? line : log + "\n" + line);
  }
}
