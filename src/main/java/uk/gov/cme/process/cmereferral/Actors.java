package uk.gov.cme.process.cmereferral;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.security.Groups;

/** Who is acting and when, as the delegates record it in the case register. */
final class Actors {

  private Actors() {
  }

  /** The engine's time (the test clock in process tests). */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The logged-in user whose action runs this step; the system for timers and jobs. */
  static String user(DelegateExecution execution) {
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return Casework.SYSTEM_USER;
  }

  /** The URN of the logged-in user's school, when a school user is acting. */
  static Optional<String> callerSchool() {
    Authentication authentication = Context.getCommandContext().getAuthentication();
    return Groups.schoolsOf(authentication == null ? null : authentication.getGroupIds()).stream().findFirst();
  }
}
