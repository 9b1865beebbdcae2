package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.gov.cme.rules.calendar.ServiceMethod;

/**
 * A row of the School Attendance Order register as recorded, for the processes, forms and the case view.
 *
 * @param deemedService the day the notice is deemed served
 * @param deadline      the last day of its period (s437(1), s438), or of the home visit (an order, a NIP);
 *                      null for an amendment or revocation
 * @param status        for an order; null for a notice
 */
public record SaoNoticeEntry(long id, String caseReference, SaoNoticeType type, int cycle, Long orderId,
                             Long linkedOrderId, String parentServed, LocalDate servedOn,
                             ServiceMethod serviceMethod, LocalDate deemedService, LocalDate deadline,
                             String schoolUrn, List<String> alternativeUrns, Long letterId,
                             SaoOrderStatus status, SaoOrderEndReason endedReason, String createdBy,
                             Instant createdAt, String updatedBy, Instant updatedAt) {

  /** No personal data. */
  @Override
  public String toString() {
    return "SaoNoticeEntry[" + id + ", " + caseReference + ", " + type + ", cycle " + cycle + ", " + status + "]";
  }
}
