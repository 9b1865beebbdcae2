package uk.gov.cme.casework;

import java.time.LocalDate;
import java.util.List;
import uk.gov.cme.rules.calendar.ServiceMethod;

/**
 * A notice or order to record in the School Attendance Order register, as entered ({@link SaoRegister#record}).
 *
 * @param type            what it is; required
 * @param parentServed    the parent it is served on (one row per parent); required
 * @param servedOn        the day it was handed over, posted or emailed; required, not in the future
 * @param serviceMethod   how; required (decides the day of deemed service)
 * @param schoolUrn       the school named: required for a notice of intention, an order and an amendment
 * @param alternativeUrns suitable alternative schools: a notice of intention only; may be empty
 * @param orderId         the order an amendment, revocation or NIP is about (its row id); required for them
 * @param linkedOrderId   for the first notice of a new cycle: the earlier cycle's order; otherwise null
 * @param letterId        the letter generated for it, if there is one yet
 */
public record SaoNoticeDetails(SaoNoticeType type, String parentServed, LocalDate servedOn,
                               ServiceMethod serviceMethod, String schoolUrn, List<String> alternativeUrns,
                               Long orderId, Long linkedOrderId, Long letterId) {

  public SaoNoticeDetails {
    alternativeUrns = alternativeUrns == null ? List.of() : List.copyOf(alternativeUrns);
  }

  /** No personal data. */
  @Override
  public String toString() {
    return "SaoNoticeDetails[" + type + ", " + serviceMethod + ", school " + schoolUrn + "]";
  }
}
