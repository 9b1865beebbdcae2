package uk.gov.cme.process.ehecheck;

import static uk.gov.cme.process.shared.FormValues.date;
import static uk.gov.cme.process.shared.FormValues.flag;
import static uk.gov.cme.process.shared.FormValues.text;
import static uk.gov.cme.process.ehecheck.EheCheckProcess.Variables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.calendar.Deadlines;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.ehecheck.EheCheckProcess.ContactOutcome;
import uk.gov.cme.process.ehecheck.EheContactModeDecision.Involvement;
import uk.gov.cme.rules.age.SchoolAge;

/**
 * Reads and checks what the EHE check is given (an EHE notification keyed by TLP or ISEND
 * administration, or the variables of the process that starts it) and what TLP records after
 * contacting the family. Plain Java: every fault is named by its field, all at once, and nothing is
 * stored when there is one.
 */
@Component
public class EheCheckIntake {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** Year groups a notification may give (0 Reception to 11, the last year of compulsory school age). */
  static final int LOWEST_YEAR_GROUP = 0;
  static final int HIGHEST_YEAR_GROUP = 11;
  /** Most unanswered contact attempts a caller may set before the CME referral. */
  static final int MOST_CONTACT_ATTEMPTS = 10;
  /** The review timer fires at this time on the review date. */
  static final int REVIEW_HOUR = 9;
  /** A review date may be at most this many years ahead. */
  static final int REVIEW_YEARS_AHEAD = 2;

  private final Deadlines deadlines;

  /** @param deadlines the settings: {@code ehe-contact-attempts} when a caller gives no {@code maxContactAttempts} */
  public EheCheckIntake(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  /** Unanswered contacts before the CME referral when the caller gives none ({@code cme.deadlines.ehe-contact-attempts}). */
  int defaultContactAttempts() {
    return deadlines.getEheContactAttempts();
  }

  /**
   * A checked EHE notification.
   *
   * @param yearGroup        given, or derived from the date of birth (rules.md R4) when not given
   * @param yearGroupDerived whether {@code yearGroup} was derived
   */
  public record Notification(ChildDetails child, LocalDate eheNotificationDate, String schoolUrn,
      String caseReference, boolean specialSchoolUnderLaArrangements, boolean childProtectionPlan,
      boolean childInNeedPlan, boolean hasEhcp, boolean sen, boolean vulnerable, String socialCareInvolvement,
      String esbasInvolvement, int yearGroup, boolean yearGroupDerived, boolean schoolConcerns,
      boolean compulsorySchoolAge, int maxContactAttempts) {
  }

  /** What TLP found; {@code reviewDue} only for a suitable education. */
  public record Outcome(String contactOutcome, LocalDate contactMadeOn, LocalDate reviewDate, Date reviewDue) {
  }

  /**
   * @param variables the start variables
   * @param today     the day the notification is recorded (London)
   * @throws InvalidInputException listing every field at fault
   */
  public Notification notification(Map<String, Object> variables, LocalDate today) {
    List<FieldError> faults = new ArrayList<>();
    LocalDate dateOfBirth = date(variables, DATE_OF_BIRTH, faults);
    ChildDetails child = null;
    try {
      child = ChildDetails.builder()
          .upn(text(variables, UPN))
          .legalForename(text(variables, LEGAL_FORENAME))
          .legalSurname(text(variables, LEGAL_SURNAME))
          .preferredName(text(variables, PREFERRED_NAME))
          .dateOfBirth(dateOfBirth)
          .address(text(variables, ADDRESS))
          .postcode(text(variables, POSTCODE))
          .lastSchoolUrn(text(variables, SCHOOL_URN))
          .lastSchoolName(text(variables, LAST_SCHOOL_NAME))
          .build(today);
    } catch (InvalidInputException e) {
      e.errors().forEach(f -> faults.add("lastSchoolUrn".equals(f.field()) ? new FieldError(SCHOOL_URN, f.reason()) : f));
    }
    LocalDate notified = date(variables, EHE_NOTIFICATION_DATE, faults);
    if (notified != null && notified.isAfter(today)) {
      faults.add(new FieldError(EHE_NOTIFICATION_DATE, "the notification date is in the future"));
    } else if (notified != null && dateOfBirth != null && notified.isBefore(dateOfBirth)) {
      faults.add(new FieldError(EHE_NOTIFICATION_DATE, "the notification date is before the date of birth"));
    }
    String schoolUrn = text(variables, SCHOOL_URN);
    boolean specialSchool = flag(variables, SPECIAL_SCHOOL_UNDER_LA_ARRANGEMENTS);
    if (specialSchool && schoolUrn == null) {
      faults.add(new FieldError(SCHOOL_URN, "give the special school's URN: the school is told the LA's consent decision"));
    }
    String caseReference = text(variables, CASE_REFERENCE);
    if (caseReference != null && !CaseReference.isValid(caseReference)) {
      faults.add(new FieldError(CASE_REFERENCE, "a case reference looks like CME-2026-00042"));
    }
    String socialCare = involvement(variables, SOCIAL_CARE_INVOLVEMENT, faults);
    String esbas = involvement(variables, ESBAS_INVOLVEMENT, faults);
    Integer givenYearGroup = whole(variables, YEAR_GROUP, LOWEST_YEAR_GROUP, HIGHEST_YEAR_GROUP,
        "must be a year group from 0 (Reception) to 11", faults);
    Integer maxAttempts = whole(variables, MAX_CONTACT_ATTEMPTS, 1, MOST_CONTACT_ATTEMPTS,
        "must be a number of attempts from 1 to " + MOST_CONTACT_ATTEMPTS, faults);
    if (!faults.isEmpty()) {
      throw new InvalidInputException(firstPerField(faults));
    }
    int yearGroup = givenYearGroup != null ? givenYearGroup : SchoolAge.yearGroup(dateOfBirth, today);
    boolean ehcp = flag(variables, HAS_EHCP);
    boolean plan = flag(variables, CHILD_PROTECTION_PLAN) || flag(variables, CHILD_IN_NEED_PLAN);
    return new Notification(child, notified, schoolUrn, caseReference, specialSchool,
        flag(variables, CHILD_PROTECTION_PLAN), flag(variables, CHILD_IN_NEED_PLAN), ehcp,
        // an EHCP is a plan for special educational needs; a CP or CIN plan is current social-care involvement
        ehcp || flag(variables, SEN), flag(variables, VULNERABLE), plan ? Involvement.CURRENT : socialCare, esbas,
        yearGroup, givenYearGroup == null,
        flag(variables, SCHOOL_CONCERNS), SchoolAge.isOfCompulsorySchoolAge(dateOfBirth, today),
        maxAttempts != null ? maxAttempts : defaultContactAttempts());
  }

  /**
   * What TLP recorded on "Contact the family".
   *
   * @throws InvalidInputException listing every field at fault (the task stays open)
   */
  public Outcome contactOutcome(Map<String, Object> variables, LocalDate today) {
    List<FieldError> faults = new ArrayList<>();
    String outcome = text(variables, CONTACT_OUTCOME);
    if (outcome == null || !List.of(ContactOutcome.SUITABLE, ContactOutcome.UNSUITABLE, ContactOutcome.NO_RESPONSE)
        .contains(outcome)) {
      faults.add(new FieldError(CONTACT_OUTCOME, "must be one of suitable, unsuitable, no-response"));
    }
    LocalDate contactMadeOn = date(variables, CONTACT_MADE_ON, faults);
    if (contactMadeOn != null && contactMadeOn.isAfter(today)) {
      faults.add(new FieldError(CONTACT_MADE_ON, "the date is in the future"));
    }
    LocalDate reviewDate = null;
    if (ContactOutcome.SUITABLE.equals(outcome)) {
      reviewDate = date(variables, REVIEW_DATE, faults);
      if (reviewDate == null && text(variables, REVIEW_DATE) == null) {
        faults.add(new FieldError(REVIEW_DATE, "give the date to review the home education"));
      } else if (reviewDate != null && !reviewDate.isAfter(today)) {
        faults.add(new FieldError(REVIEW_DATE, "the review date must be after today"));
      } else if (reviewDate != null && reviewDate.isAfter(today.plusYears(REVIEW_YEARS_AHEAD))) {
        faults.add(new FieldError(REVIEW_DATE, "the review date must be within " + REVIEW_YEARS_AHEAD + " years"));
      }
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(firstPerField(faults));
    }
    Date reviewDue = reviewDate == null ? null
        : Date.from(ZonedDateTime.of(reviewDate.atTime(REVIEW_HOUR, 0), LONDON).toInstant());
    return new Outcome(outcome, contactMadeOn, reviewDate, reviewDue);
  }

  private static String involvement(Map<String, Object> variables, String name, List<FieldError> faults) {
    String value = text(variables, name);
    if (value == null) {
      return Involvement.NONE;
    }
    if (!Involvement.VALUES.contains(value)) {
      faults.add(new FieldError(name, "must be one of " + String.join(", ", Involvement.VALUES)));
    }
    return value;
  }

  private static Integer whole(Map<String, Object> variables, String name, int lowest, int highest, String reason,
      List<FieldError> faults) {
    Object value = variables.get(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
      if (number == Math.rint(number) && number >= lowest && number <= highest) {
        return (int) number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    faults.add(new FieldError(name, reason));
    return null;
  }




  /** One fault per field, the first found (a date that cannot be read is not also "missing"). */
  private static List<FieldError> firstPerField(List<FieldError> faults) {
    Map<String, FieldError> byField = new LinkedHashMap<>();
    faults.forEach(f -> byField.putIfAbsent(f.field(), f));
    return List.copyOf(byField.values());
  }
}
