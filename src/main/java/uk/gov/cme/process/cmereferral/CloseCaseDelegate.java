package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.OutcomeCode;

/**
 * Closes the case with the outcome code given as the task's input parameter {@code outcomeCode}; the
 * reason is the classification's (not CME) or what the officer found. Sets {@code outcome}, the
 * outcome in words, for the letter to the referrer.
 */
@Component("closeCaseDelegate")
class CloseCaseDelegate implements JavaDelegate {

  private final Casework casework;

  CloseCaseDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OutcomeCode outcome = OutcomeCode.valueOf((String) execution.getVariable(OUTCOME_CODE));
    Object reason = outcome == OutcomeCode.NOT_CME
        ? execution.getVariable(CLASSIFICATION_REASON) : execution.getVariable(OUTCOME_DETAILS);
    casework.close(CaseReference.of((String) execution.getVariable(CASE_REFERENCE)), outcome,
        reason == null ? null : reason.toString(), Actors.user(execution), Actors.now());
    execution.setVariable("outcome", outcome.description());
  }
}
