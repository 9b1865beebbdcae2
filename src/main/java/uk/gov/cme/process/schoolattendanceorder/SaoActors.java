package uk.gov.cme.process.schoolattendanceorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.gov.cme.casework.Casework;

/** Who is acting and when, as the School Attendance Order's steps record it. */
final class SaoActors {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private SaoActors() {
  }

  /** The engine's time (the test clock in process tests). */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in London by the engine's clock. */
  static LocalDate today() {
    return now().atZone(LONDON).toLocalDate();
  }

  /** The start of the day in London, for the deadline methods of {@code saoDeadlines}. */
  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(LONDON).toInstant());
  }

  /** The logged-in user whose action runs this step; the system for timers and jobs. */
  static String user() {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return Casework.SYSTEM_USER;
  }
}
