package uk.gov.cme.process.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.gov.cme.casework.Casework;

/**
 * Who is acting and when, as a process step records it: the engine's clock (the test clock in process
 * tests), read in London, and the user whose action runs the step (the system for timers and jobs).
 */
public final class EngineActors {

  /** English local authorities work on UK time. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private EngineActors() {
  }

  /** The engine's time. */
  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in London by the engine's clock. */
  public static LocalDate today() {
    return now().atZone(LONDON).toLocalDate();
  }

  /** The start of {@code day} in London, for the deadline methods that take a {@code Date}. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(LONDON).toInstant());
  }

  /** The logged-in user whose action runs this step; {@link Casework#SYSTEM_USER} for timers and jobs. */
  public static String user() {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return Casework.SYSTEM_USER;
  }
}
