package uk.gov.cme.process.ehecheck;

import static uk.gov.cme.process.ehecheck.EheCheckProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.ehecheck.EheCheckIntake.Outcome;

/**
 * Records what TLP found on "Contact the family": counts an unanswered attempt (the count starts again
 * after any answer) and, for a suitable education, sets the review timer ({@code reviewDue}, 09:00 on
 * the review date). A fault keeps the task open with each field named.
 */
@Component("recordContactOutcomeDelegate")
class RecordContactOutcomeDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordContactOutcomeDelegate.class);

  private final EheCheckIntake intake;

  RecordContactOutcomeDelegate(EheCheckIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Outcome outcome = intake.contactOutcome(execution.getVariables(), EheCheckDelegates.today());
    // a form may send the numbers it shows back as another number type or as text: keep them Integer
    int attempts = whole(execution.getVariable(CONTACT_ATTEMPTS), 0);
    boolean noResponse = EheCheckProcess.ContactOutcome.NO_RESPONSE.equals(outcome.contactOutcome());
    execution.setVariable(CONTACT_ATTEMPTS, noResponse ? attempts + 1 : 0);
    execution.setVariable(MAX_CONTACT_ATTEMPTS,
        whole(execution.getVariable(MAX_CONTACT_ATTEMPTS), EheCheckProcess.DEFAULT_MAX_CONTACT_ATTEMPTS));
    execution.setVariable(CONTACT_MADE_ON, outcome.contactMadeOn() == null ? null : outcome.contactMadeOn().toString());
    execution.setVariable(REVIEW_DATE, outcome.reviewDate() == null ? null : outcome.reviewDate().toString());
    execution.setVariable(REVIEW_DUE, outcome.reviewDue());
    LOG.info("EHE contact outcome {} recorded ({})", outcome.contactOutcome(), execution.getProcessInstanceId());
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
