package uk.gov.cme.process.offroll;

import java.time.Instant;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.gov.cme.casework.Casework;

/** Who is acting and when, as the delegates record it in the register. */
final class Actors {

  private Actors() {
  }

  /** The engine's time (the test clock in process tests). */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The logged-in user whose action runs this step; the system for timers and jobs. */
  static String user() {
    Authentication authentication = Context.getCommandContext().getAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return Casework.SYSTEM_USER;
  }
}
