package uk.gov.cme.process.saochangerequest;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.gov.cme.casework.CaseReference;

/** The engine's time and user, as the change request's delegates read them. */
final class ChangeRequestDelegates {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private ChangeRequestDelegates() {
  }

  /** Today in London by the engine clock. */
  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(LONDON).toLocalDate();
  }

  /** The user completing the form or task, else {@code fallback}. */
  static String user(DelegateExecution execution, String fallback) {
    Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId() : fallback;
  }

  /** The case: the business key (set when the request is recorded). */
  static CaseReference caseOf(DelegateExecution execution) {
    return CaseReference.of(execution.getProcessBusinessKey());
  }
}
