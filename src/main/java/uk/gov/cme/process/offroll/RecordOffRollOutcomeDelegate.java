package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.OffRollOutcome;
import uk.gov.cme.casework.OffRollRegister;

/**
 * Records what became of the notification in the register. Input parameters: {@value #OUTCOME_CODE}
 * (an {@link OffRollOutcome} name, e.g. {@code LOGGED}, {@code CHILD_OF_INTEREST}) and, optionally,
 * {@value OffRollNotificationProcess.Variables#OUTCOME_DETAIL}. For {@code CME_REFERRAL} the case the
 * referral joined or opened ({@code cmeReferralCaseReference}) is recorded too. Sets
 * {@code offRollOutcome}.
 */
@Component("recordOffRollOutcomeDelegate")
class RecordOffRollOutcomeDelegate implements JavaDelegate {

  /** Input parameter: the outcome's name. */
  static final String OUTCOME_CODE = "offRollOutcomeCode";

  private final OffRollRegister register;

  RecordOffRollOutcomeDelegate(OffRollRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OffRollOutcome outcome = OffRollOutcome.valueOf(String.valueOf(execution.getVariable(OUTCOME_CODE)));
    Object detail = execution.getVariable(OUTCOME_DETAIL);
    Object caseReference = outcome == OffRollOutcome.CME_REFERRAL ? execution.getVariable(CME_REFERRAL_CASE_REFERENCE) : null;
    register.recordOutcome(RecordOffRollRouteDelegate.id(execution), outcome,
        detail == null ? null : detail.toString(), caseReference == null ? null : caseReference.toString(),
        Actors.user(), Actors.now());
    execution.getProcessInstance().setVariable(OUTCOME, outcome.name());
  }
}
