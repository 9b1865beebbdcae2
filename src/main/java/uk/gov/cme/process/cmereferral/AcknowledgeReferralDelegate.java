package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ReferralId;

/** Records who acknowledged the referral and when (the officer who completed the task). */
@Component("acknowledgeReferralDelegate")
class AcknowledgeReferralDelegate implements JavaDelegate {

  private final Casework casework;

  AcknowledgeReferralDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    casework.acknowledge(CaseReference.of((String) execution.getVariable(CASE_REFERENCE)),
        new ReferralId(((Number) execution.getVariable(REFERRAL_ID)).longValue()),
        Actors.user(execution), Actors.now());
  }
}
