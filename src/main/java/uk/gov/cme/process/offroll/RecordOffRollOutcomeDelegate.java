package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.OffRollOutcome;
import uk.gov.cme.casework.OffRollRegister;

/**
 * Records what became of the notification in the register. Input parameters: {@value #OUTCOME_CODE}
 * (an {@link OffRollOutcome} name, e.g. {@code LOGGED}, {@code CHILD_OF_INTEREST}) and, optionally,
 * {@value OffRollNotificationProcess.Variables#OUTCOME_DETAIL}. The child's case is recorded too: the
 * case the notification belongs to ({@code caseReference}: found when it was recorded, or given by the
 * EHE check or emigration checks it handed the child to) or, for {@code CME_REFERRAL}, the case the
 * referral joined or opened ({@code cmeReferralCaseReference}). {@code ON_ROLL_CONFIRMED} is a change of
 * the child's education status on an open case. Sets {@code offRollOutcome}.
 */
@Component("recordOffRollOutcomeDelegate")
class RecordOffRollOutcomeDelegate implements JavaDelegate {

  /** Input parameter: the outcome's name. */
  static final String OUTCOME_CODE = "offRollOutcomeCode";

  private final OffRollRegister register;
  private final Casework casework;

  RecordOffRollOutcomeDelegate(OffRollRegister register, Casework casework) {
    this.register = register;
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OffRollOutcome outcome = OffRollOutcome.valueOf(String.valueOf(execution.getVariable(OUTCOME_CODE)));
    Object detail = execution.getVariable(OUTCOME_DETAIL);
    Object caseReference = outcome == OffRollOutcome.CME_REFERRAL ? execution.getVariable(CME_REFERRAL_CASE_REFERENCE)
        : execution.getVariable(CASE_REFERENCE);
    register.recordOutcome(RecordOffRollRouteDelegate.id(execution), outcome,
        detail == null ? null : detail.toString(), caseReference == null ? null : caseReference.toString(),
        Actors.user(), Actors.now());
    if (outcome == OffRollOutcome.ON_ROLL_CONFIRMED && caseReference != null
        && casework.isOpen(CaseReference.of(caseReference.toString()))) {
      casework.recordEducationStatus(CaseReference.of(caseReference.toString()), EducationStatus.ON_ROLL_AT_NEW_SCHOOL,
          Actors.user(), Actors.now());
    }
    execution.getProcessInstance().setVariable(OUTCOME, outcome.name());
  }
}
