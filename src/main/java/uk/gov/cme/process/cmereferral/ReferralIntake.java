package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.shared.FormValues.date;
import static uk.gov.cme.process.shared.FormValues.flag;
import static uk.gov.cme.process.shared.FormValues.number;
import static uk.gov.cme.process.shared.FormValues.text;
import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.ChildFlags;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.Sex;

/**
 * Reads a referral as the start form, the REST API or another process gives it (the variables of
 * {@link CmeReferralProcess.Variables}) into the case register's records, with every fault named by
 * its field. Used by the intake delegates and the API, so both check a referral the same way.
 */
@Component
public class ReferralIntake {

  /** The school's five attempts to locate the child (seed 001), as the start form names them. */
  static final Map<String, LocateAttempt.Step> ATTEMPTS = Map.of(
      "CallsTexts", LocateAttempt.Step.PARENTS_PHONE_OR_TEXT,
      "LetterEmailVisit", LocateAttempt.Step.PARENTS_EMAIL_LETTER_OR_VISIT,
      "OtherSchools", LocateAttempt.Step.OTHER_SCHOOLS,
      "PeerGroup", LocateAttempt.Step.PEER_GROUP,
      "Agency", LocateAttempt.Step.RELEVANT_AGENCY);

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * The field a referral with no attempt at all is refused by: the first attempt's date on the forms
   * ({@code attemptsToLocate} on the API).
   */
  public static final String FIRST_ATTEMPT_DATE = "attemptCallsTextsDate";

  /** The most hours a week of formal education a referral may give (25 is expected for most; rules.md R3). */
  static final double MOST_HOURS_PER_WEEK = 60;

  private final ClassificationTable table;

  public ReferralIntake(ClassificationTable table) {
    this.table = table;
  }

  /**
   * A checked referral: the child, the referral, the day the child last attended the last school, and
   * what the classification table reads about the child's education besides (rules.md R3).
   *
   * @param lastAttendanceDate  the day the child last attended the last school; null: not given
   * @param formalHoursPerWeek  hours a week of formal education the child receives now; null: not given
   * @param weeksOutOfProvision whole weeks from the last day of the child's provision to the day the
   *                            referral was received; null: no last day given
   */
  public record Intake(ChildDetails child, ReferralDetails referral, LocalDate lastAttendanceDate,
                       Double formalHoursPerWeek, Integer weeksOutOfProvision) {
  }

  /**
   * Checks a referral: the child ({@link ChildDetails.Builder#build}), the referral
   * ({@link ReferralDetails.Builder#build}), the circumstances (required: every referral form asks for
   * them), the choices the deployed classification table offers ({@link ClassificationTable}), the
   * hours a week of formal education (0 to {@value #MOST_HOURS_PER_WEEK}) and the last day of the
   * child's provision (not in the future, not before the date of birth), and, for a school's
   * referral, the school's attempts to locate the child (at least one, each with its date, not in the
   * future, and its result).
   *
   * @param variables    the referral's variables
   * @param callerSchool the URN of the caller's own school when a school user refers, else null: the
   *                     source is then "school" and the referring school is the caller's, always
   * @param receivedAt   when the referral was received
   * @throws InvalidInputException listing every field at fault; nothing has been stored
   */
  public Intake read(Map<String, Object> variables, String callerSchool, Instant receivedAt) {
    List<FieldError> faults = new ArrayList<>();
    ReferralSource source = callerSchool != null ? ReferralSource.SCHOOL : source(variables, faults);
    table.allowedValues().forEach((name, allowed) -> oneOf(variables, name, allowed, faults));
    LocalDate dateOfBirth = date(variables, DATE_OF_BIRTH, faults);
    LocalDate today = receivedAt.atZone(LONDON).toLocalDate();
    Double hours = number(variables, FORMAL_HOURS_PER_WEEK, faults);
    if (hours != null && (hours < 0 || hours > MOST_HOURS_PER_WEEK)) {
      faults.add(new FieldError(FORMAL_HOURS_PER_WEEK, "give the hours a week from 0 to " + (int) MOST_HOURS_PER_WEEK));
    }
    LocalDate lastProvision = date(variables, LAST_PROVISION_DATE, faults);
    if (lastProvision != null && lastProvision.isAfter(today)) {
      faults.add(new FieldError(LAST_PROVISION_DATE, "is in the future: give the last day the child received education"));
    } else if (lastProvision != null && dateOfBirth != null && lastProvision.isBefore(dateOfBirth)) {
      faults.add(new FieldError(LAST_PROVISION_DATE, "is before the child's date of birth"));
    }
    ChildDetails child = null;
    ReferralDetails referral = null;
    try {
      child = ChildDetails.builder()
          .upn(text(variables, UPN))
          .legalForename(text(variables, LEGAL_FORENAME))
          .legalSurname(text(variables, LEGAL_SURNAME))
          .preferredName(text(variables, PREFERRED_NAME))
          .dateOfBirth(dateOfBirth)
          .sex(sex(text(variables, SEX)))
          .address(text(variables, ADDRESS))
          .postcode(text(variables, POSTCODE))
          .addressUnknown(flag(variables, ADDRESS_UNKNOWN))
          .lastSchoolUrn(source == ReferralSource.SCHOOL ? schoolUrn(variables, callerSchool) : null)
          .lastSchoolName(text(variables, LAST_SCHOOL_NAME))
          .flags(new ChildFlags(flag(variables, HAS_EHCP), false, false, false, false, false))
          .build(today);
    } catch (InvalidInputException e) {
      faults.addAll(e.errors());
    }
    if (source != null) {
      try {
        referral = ReferralDetails.builder(source)
            .referrerOrganisation(text(variables, REFERRER_ORGANISATION))
            .referrerName(text(variables, REFERRER_NAME))
            .referrerEmail(text(variables, REFERRER_EMAIL))
            .referrerPhone(text(variables, REFERRER_PHONE))
            .referringSchoolUrn(source == ReferralSource.SCHOOL ? schoolUrn(variables, callerSchool) : null)
            .category(category(variables))
            .circumstances(text(variables, CIRCUMSTANCES))
            .attemptsToLocate(source == ReferralSource.SCHOOL ? attempts(variables, today, faults) : List.of())
            .safeguardingConcern(flag(variables, "raiseSafeguardingConcern"), text(variables, "safeguardingDetails"))
            .receivedAt(receivedAt)
            .build();
      } catch (InvalidInputException e) {
        faults.addAll(e.errors());
      }
    }
    LocalDate lastAttendance = date(variables, LAST_ATTENDANCE_DATE, faults);
    if (lastAttendance != null && lastAttendance.isAfter(today)) {
      faults.add(new FieldError(LAST_ATTENDANCE_DATE, "is in the future: give the last day the child attended"));
    } else if (lastAttendance != null && dateOfBirth != null && lastAttendance.isBefore(dateOfBirth)) {
      faults.add(new FieldError(LAST_ATTENDANCE_DATE, "is before the date of birth"));
    }
    if (text(variables, CIRCUMSTANCES) == null) {
      faults.add(new FieldError(CIRCUMSTANCES, "say what has happened and what you know about where the child is"));
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(firstPerField(faults));
    }
    return new Intake(child, referral, lastAttendance, hours,
        lastProvision == null ? null : (int) ChronoUnit.WEEKS.between(lastProvision, today));
  }

  /** The form's name of one of the school's attempts to locate the child. */
  public static String attemptKey(LocateAttempt.Step step) {
    return ATTEMPTS.entrySet().stream().filter(e -> e.getValue() == step).findFirst().orElseThrow().getKey();
  }

  /** One fault per field, the first found (a date that cannot be read is not also "missing"). */
  private static List<FieldError> firstPerField(List<FieldError> faults) {
    Map<String, FieldError> byField = new java.util.LinkedHashMap<>();
    faults.forEach(f -> byField.putIfAbsent(f.field(), f));
    return List.copyOf(byField.values());
  }

  /** The category recorded on the referral: the PMOOE trigger for a pupil on roll, else the education status. */
  static String category(Map<String, Object> variables) {
    if (flag(variables, ON_SCHOOL_ROLL)) {
      return "pmooe:" + valueOr(variables, PMOOE_TRIGGER, "none");
    }
    return "education:" + valueOr(variables, EDUCATION_ELSEWHERE, "none");
  }

  private static void oneOf(Map<String, Object> variables, String name, List<String> allowed, List<FieldError> faults) {
    String value = text(variables, name);
    if (value != null && !allowed.contains(value)) {
      faults.add(new FieldError(name, "must be one of " + String.join(", ", allowed)));
    }
  }

  private static String schoolUrn(Map<String, Object> variables, String callerSchool) {
    return callerSchool != null ? callerSchool : text(variables, "schoolUrn");
  }

  private static ReferralSource source(Map<String, Object> variables, List<FieldError> faults) {
    String value = text(variables, REFERRAL_SOURCE);
    if (value == null) {
      faults.add(new FieldError(REFERRAL_SOURCE, "say who is making the referral"));
      return null;
    }
    try {
      return ReferralSource.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      faults.add(new FieldError(REFERRAL_SOURCE, "must be one of school, other-la, agency, anonymous, s2s"));
      return null;
    }
  }

  /**
   * The school's attempts to locate the child: the same rule for the forms and the API. At least one
   * attempt; each attempt made has its date (not in the future) and its result; an attempt not made
   * is left empty. A date without a result, or a result without a date, is a fault of the empty field.
   */
  private static List<LocateAttempt> attempts(Map<String, Object> variables, LocalDate today, List<FieldError> faults) {
    List<LocateAttempt> attempts = new ArrayList<>();
    boolean anyGiven = false;
    for (LocateAttempt.Step step : LocateAttempt.Step.values()) {
      String key = attemptKey(step);
      String dateField = "attempt" + key + "Date";
      String resultField = "attempt" + key + "Result";
      boolean dateGiven = text(variables, dateField) != null;
      LocalDate on = date(variables, dateField, faults);
      if (on != null && on.isAfter(today)) {
        faults.add(new FieldError(dateField, "is in the future: give the day the school did this"));
      }
      String result = text(variables, resultField);
      if (dateGiven && result == null) {
        faults.add(new FieldError(resultField, "say what came of this attempt, or leave its date empty if it was not made"));
      } else if (!dateGiven && result != null) {
        faults.add(new FieldError(dateField, "give the day the school made this attempt, or leave its result empty if it was not made"));
      }
      anyGiven |= dateGiven || result != null;
      if (on != null || result != null) {
        attempts.add(new LocateAttempt(step, on, result));
      }
    }
    if (!anyGiven) {
      faults.add(new FieldError(FIRST_ATTEMPT_DATE,
          "give at least one attempt the school made to locate the child, with its date and result"));
    }
    return attempts;
  }

  private static Sex sex(String value) {
    if (value == null) {
      return Sex.NOT_KNOWN;
    }
    return switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "F", "FEMALE" -> Sex.FEMALE;
      case "M", "MALE" -> Sex.MALE;
      default -> Sex.NOT_KNOWN;
    };
  }




  private static String valueOr(Map<String, Object> variables, String name, String fallback) {
    String value = text(variables, name);
    return value == null ? fallback : value;
  }
}
