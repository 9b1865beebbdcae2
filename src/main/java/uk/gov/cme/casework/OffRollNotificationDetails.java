package uk.gov.cme.casework;

import java.time.LocalDate;

/**
 * A school's off-roll notification (deletion return) as the school gives it: the reg 13(4) details
 * (rules.md R6) and the ground of deletion. Unchecked: {@link OffRollRegister#record} checks it and
 * reports every fault at once. All of it is personal data: never log it, log the notification's id.
 *
 * @param schoolUrn            the notifying school (six digits)
 * @param legalForename        the pupil's legal forename(s)
 * @param legalSurname         the pupil's legal surname
 * @param preferredName        the name the pupil goes by; null if the same
 * @param dateOfBirth          date of birth
 * @param upn                  Unique Pupil Number; null if not known
 * @param address              the pupil's address, without the postcode
 * @param postcode             the pupil's postcode
 * @param parent1              the parent the pupil normally lives with (name, address, emergency phone)
 * @param parent2              a second parent the pupil lives with; null if none
 * @param newAddress           the pupil's new address, where known
 * @param newSchoolName        the new school, where known
 * @param newSchoolStartDate   the date the pupil starts at the new school, where known
 * @param ground               the ground's letter, reg 9(1) (a) to (o), as given
 * @param proposedDeletionDate the day the school will delete the pupil's name
 * @param lastAttendanceDate   the pupil's last day of attendance, where known
 * @param standardTransition   the pupil leaves at the end of the school's final year (no return needed)
 * @param movingAbroad         ground (g): the family is emigrating
 * @param hasProvision         grounds (j), (o): the child has education provision in place
 * @param circumstances        the evidence for the ground and anything else the school knows
 */
public record OffRollNotificationDetails(String schoolUrn, String legalForename, String legalSurname,
    String preferredName, LocalDate dateOfBirth, String upn, String address, String postcode, Parent parent1,
    Parent parent2, String newAddress, String newSchoolName, LocalDate newSchoolStartDate, String ground,
    LocalDate proposedDeletionDate, LocalDate lastAttendanceDate, boolean standardTransition,
    boolean movingAbroad, boolean hasProvision, String circumstances) {

  @Override
  public String toString() {
    return "OffRollNotificationDetails[school " + schoolUrn + ", ground " + ground + "]";
  }

  /**
   * A parent the pupil lives with, as reg 13(4) asks: name, address and an emergency phone number.
   *
   * @param name    the parent's name
   * @param address the parent's address (when not the pupil's)
   * @param phone   an emergency phone number
   */
  public record Parent(String name, String address, String phone) {

    @Override
    public String toString() {
      return "Parent[…]";
    }
  }
}
