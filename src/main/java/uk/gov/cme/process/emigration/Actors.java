package uk.gov.cme.process.emigration;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.gov.cme.casework.Casework;

/** Who is acting and when, as the delegates record it. */
final class Actors {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private Actors() {
  }

  /** The engine's time (the test clock in process tests). */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in London by the engine's clock. */
  static LocalDate today() {
    return now().atZone(LONDON).toLocalDate();
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
