package uk.gov.cme.process.ehecheck;

import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's time (the test clock in process tests), as the EHE check's delegates read it. */
final class EheCheckDelegates {

  private EheCheckDelegates() {
  }

  /** Today in London by the engine clock. */
  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(EheCheckIntake.LONDON).toLocalDate();
  }
}
