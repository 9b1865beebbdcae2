package uk.gov.cme.process.cmeoutbound;

import static uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.process.cmeoutbound.OutboundIntake.Prepared;

/**
 * Checks the officer's choices ({@link OutboundIntake#prepared}: in the task's transaction, so a fault keeps
 * the task open, every field named), keeps the other authority's name and CME team address, and writes the enquiry ({@link EnquiryText}) from the case register's record of the child and the officer's
 * choices, into {@value CmeOutboundProcess.Variables#ENQUIRY_TEXT}: the officer reads it before it goes,
 * and the email carries exactly it.
 */
@Component("writeOutboundEnquiryDelegate")
class WriteEnquiryDelegate implements JavaDelegate {

  private final OutboundIntake intake;
  private final Casework casework;
  private final String ourAuthority;

  WriteEnquiryDelegate(OutboundIntake intake, Casework casework,
                       @Value("${cme.letters.la-name:the local authority}") String ourAuthority) {
    this.intake = intake;
    this.casework = casework;
    this.ourAuthority = ourAuthority;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Prepared prepared = intake.prepared(execution.getVariables());
    execution.setVariable(LA_NAME, prepared.authority().name());
    execution.setVariable(LA_EMAIL, prepared.authority().email());
    CaseReference reference = CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
    execution.setVariable(ENQUIRY_TEXT, EnquiryText.of(reference, casework.find(reference).orElseThrow().child(),
        prepared, ourAuthority));
  }
}
