package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.gov.cme.rules.age.SchoolAge;

/**
 * A safeguarding concern about a child (rules.md R9): who raised it, when, and what it is. Raising one
 * always leads to an inter-agency referral decision by children's social care.
 *
 * @param raisedBy  the user id of the person who raised it
 * @param raisedAt  when it was raised
 * @param forename  the child's legal forename(s)
 * @param surname   the child's legal surname
 * @param details   what the concern is
 */
public record SafeguardingConcern(String raisedBy, Instant raisedAt, String forename, String surname,
                                  String details) {

  /** Shortest description that can be acted on. */
  static final int MIN_DETAILS = 10;

  public SafeguardingConcern {
    Objects.requireNonNull(raisedAt, "raisedAt");
  }

  /**
   * Validates and records a concern; every missing or unusable field is named in the exception.
   *
   * @throws InvalidInputException listing each field at fault
   */
  public static SafeguardingConcern raise(String raisedBy, Instant raisedAt, String forename, String surname,
                                          String details) {
    return raise(raisedBy, raisedAt, forename, surname, null, null, details, List.of());
  }

  /**
   * As {@link #raise(String, Instant, String, String, String)}, with the child's date of birth if it is
   * known: one that is given must be possible (not in the future, not making the child older than
   * {@value SchoolAge#MAXIMUM_AGE}, rules.md R4).
   *
   * @param dateOfBirth the date of birth; null if not known (or if it could not be read: then
   *                    {@code faults} says so)
   * @param today       the day the concern is raised on, for the date of birth
   * @param faults      faults already found in the same input (a date that could not be read), reported
   *                    together with these
   * @throws InvalidInputException listing each field at fault
   */
  public static SafeguardingConcern raise(String raisedBy, Instant raisedAt, String forename, String surname,
                                          LocalDate dateOfBirth, LocalDate today, String details,
                                          List<InvalidInputException.FieldError> faults) {
    List<InvalidInputException.FieldError> errors = new ArrayList<>(faults);
    if (dateOfBirth != null) {
      SchoolAge.validateDateOfBirth(dateOfBirth, Objects.requireNonNull(today, "today"))
          .ifPresent(reason -> errors.add(new InvalidInputException.FieldError("dateOfBirth", reason)));
    }
    if (isBlank(raisedBy)) {
      errors.add(new InvalidInputException.FieldError("concernRaisedBy", "who raised the concern is not known"));
    }
    if (isBlank(forename)) {
      errors.add(new InvalidInputException.FieldError("legalForename", "the child's forename is missing"));
    }
    if (isBlank(surname)) {
      errors.add(new InvalidInputException.FieldError("legalSurname", "the child's surname is missing"));
    }
    if (isBlank(details) || details.trim().length() < MIN_DETAILS) {
      errors.add(new InvalidInputException.FieldError("concernDetails",
          "describe the concern in at least " + MIN_DETAILS + " characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new SafeguardingConcern(raisedBy.trim(), raisedAt, forename.trim(), surname.trim(), details.trim());
  }

  /** The child's name as officers read it in Tasklist. */
  public String childName() {
    return forename + " " + surname;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
