package uk.gov.cme.process.ehecheck;

import static uk.gov.cme.process.ehecheck.EheCheckProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.process.ehecheck.EheCheckIntake.Outcome;

/**
 * Records what TLP found on "Contact the family": counts an unanswered attempt (the count starts again
 * after any answer) and, for a suitable education, sets the review timer ({@code reviewDue}, 09:00 on
 * the review date). When the child came from a CME case and the education is judged suitable, the
 * case is closed as "electively home educated and suitable" (the check itself goes on to the review).
 * A fault keeps the task open with each field named.
 */
@Component("recordContactOutcomeDelegate")
class RecordContactOutcomeDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordContactOutcomeDelegate.class);

  private final EheCheckIntake intake;
  private final Casework casework;

  RecordContactOutcomeDelegate(EheCheckIntake intake, Casework casework) {
    this.intake = intake;
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Outcome outcome = intake.contactOutcome(execution.getVariables(), EheCheckDelegates.today());
    // a form may send the numbers it shows back as another number type or as text: keep them Integer
    int attempts = whole(execution.getVariable(CONTACT_ATTEMPTS), 0);
    boolean noResponse = EheCheckProcess.ContactOutcome.NO_RESPONSE.equals(outcome.contactOutcome());
    execution.setVariable(CONTACT_ATTEMPTS, noResponse ? attempts + 1 : 0);
    execution.setVariable(MAX_CONTACT_ATTEMPTS,
        whole(execution.getVariable(MAX_CONTACT_ATTEMPTS), intake.defaultContactAttempts()));
    execution.setVariable(CONTACT_MADE_ON, outcome.contactMadeOn() == null ? null : outcome.contactMadeOn().toString());
    execution.setVariable(REVIEW_DATE, outcome.reviewDate() == null ? null : outcome.reviewDate().toString());
    execution.setVariable(REVIEW_DUE, outcome.reviewDue());
    if (EheCheckProcess.ContactOutcome.SUITABLE.equals(outcome.contactOutcome())) {
      closeCaseAsSuitable(execution, outcome);
    } else if (EheCheckProcess.ContactOutcome.UNSUITABLE.equals(outcome.contactOutcome())) {
      recordUnsuitable(execution);
    }
    LOG.info("EHE contact outcome {} recorded ({})", outcome.contactOutcome(), execution.getProcessInstanceId());
  }

  private void closeCaseAsSuitable(DelegateExecution execution, Outcome outcome) {
    Object reference = execution.getVariable(CASE_REFERENCE);
    if (reference == null || !CaseReference.isValid(reference.toString())) {
      return;
    }
    CaseReference caseReference = CaseReference.of(reference.toString());
    boolean open = casework.find(caseReference).map(view -> view.status() == CaseStatus.OPEN).orElse(false);
    if (open) {
      var authentication = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthentication();
      String user = authentication == null || authentication.getUserId() == null
          ? Casework.SYSTEM_USER : authentication.getUserId();
      casework.close(caseReference, OutcomeCode.ELECTIVE_HOME_EDUCATION_SUITABLE,
          "EHE judged suitable by TLP" + (outcome.reviewDate() == null ? "" : "; review " + outcome.reviewDate()),
          user, org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    }
  }

  /** "EHE failed" is a change of the child's education status: the social worker of a child with a plan hears of it. */
  private void recordUnsuitable(DelegateExecution execution) {
    Object reference = execution.getVariable(CASE_REFERENCE);
    if (reference == null || !CaseReference.isValid(reference.toString())) {
      return;
    }
    CaseReference caseReference = CaseReference.of(reference.toString());
    if (casework.isOpen(caseReference)) {
      var authentication = org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthentication();
      casework.recordEducationStatus(caseReference, uk.gov.cme.casework.EducationStatus.HOME_EDUCATION_UNSUITABLE,
          authentication == null || authentication.getUserId() == null ? Casework.SYSTEM_USER
              : authentication.getUserId(),
          org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    }
  }

  private static int whole(Object value, int otherwise) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return value == null ? otherwise : (int) Double.parseDouble(value.toString().trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
