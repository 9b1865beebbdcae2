package uk.gov.cme.process.saoprosecution;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.gov.cme.casework.Casework;

/** The engine's time and user (the test clock and the test's user in process tests), as the delegates read them. */
final class ProsecutionDelegates {

  private ProsecutionDelegates() {
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Today in London by the engine clock. */
  static LocalDate today() {
    return now().atZone(SaoProsecutionIntake.LONDON).toLocalDate();
  }

  /** The user completing the task or starting the step; else the system. */
  static String user() {
    var command = Context.getCommandContext();
    var authentication = command == null ? null : command.getAuthentication();
    return authentication == null || authentication.getUserId() == null ? Casework.SYSTEM_USER
        : authentication.getUserId();
  }
}
