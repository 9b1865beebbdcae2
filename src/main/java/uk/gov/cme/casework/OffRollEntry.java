package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One off-roll notification as the register holds it: what the register inspection's "Off Roll" list
 * (processes.md P7) shows for a school. Personal data: never log it, log the id.
 *
 * @param id                  the notification's id
 * @param details             what the school gave, as checked and stored
 * @param groundMeaning       the ground in words (rules.md R6)
 * @param route               the route the routing table chose; null until routed
 * @param outcome             what became of it
 * @param outcomeDetail       the outcome in more words (a refusal's reason); may be null
 * @param ctfDestination      the Lost Pupil Database destination the school sends the CTF to
 *                            ({@code XXXXXXX}); null when none
 * @param caseReference       the CME case a referral joined or opened; null when none
 * @param processInstanceId   the engine's id of the process that handled it
 * @param submittedBy         who submitted it
 * @param submittedAt         when
 * @param updatedBy           who last changed it
 * @param updatedAt           when
 */
public record OffRollEntry(long id, OffRollNotificationDetails details, String groundMeaning, String route,
    OffRollOutcome outcome, String outcomeDetail, String ctfDestination, String caseReference,
    String processInstanceId, String submittedBy, Instant submittedAt, String updatedBy, Instant updatedAt) {

  /** The proposed deletion date, for sorting and the list's columns. */
  public LocalDate proposedDeletionDate() {
    return details.proposedDeletionDate();
  }

  @Override
  public String toString() {
    return "OffRollEntry[" + id + ", ground " + details.ground() + ", " + outcome + "]";
  }
}
