package uk.gov.cme.process.shared.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.Sex;

/**
 * What a form shows a person in place of a code or a timestamp: labels for the register's codes
 * (agencies, sources, sex, the school's attempts to locate, classifications; outcomes have their own
 * words, {@code OutcomeCode#description}) and dates as
 * people write them, in Europe/London ("3 December 2026 15:09"). One place, so every form and every
 * process says the same thing; {@code ModelStandardsTest} refuses a form that shows one of these codes
 * without its label.
 */
public final class FormText {

  /** Where the dates forms show are read. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The agencies as the investigation form offers them ({@code enquiryAgency}). */
  private static final Map<Agency, String> AGENCIES = Map.of(
      Agency.ADMISSIONS, "School Admissions",
      Agency.OTHER_LA, "Another LA",
      Agency.S2S, "S2S / Lost Pupil Database",
      Agency.HEALTH, "Health",
      Agency.HOUSING, "Housing",
      Agency.DWP, "DWP",
      Agency.BORDER_FORCE, "Border Force",
      Agency.POLICE, "Police",
      Agency.SOCIAL_CARE, "Social care",
      Agency.OTHER, "Other");

  /** The school's attempts to locate the child, as the referral forms name them. */
  private static final Map<LocateAttempt.Step, String> ATTEMPTS = Map.of(
      LocateAttempt.Step.PARENTS_PHONE_OR_TEXT, "First-day calls and texts to parents and carers",
      LocateAttempt.Step.PARENTS_EMAIL_LETTER_OR_VISIT, "Email, letter or home visit",
      LocateAttempt.Step.OTHER_SCHOOLS, "Contact with other schools of the child or siblings",
      LocateAttempt.Step.PEER_GROUP, "Enquiries with the child's peer group",
      LocateAttempt.Step.RELEVANT_AGENCY, "Contact with a relevant agency (e.g. armed forces welfare officer)");

  private static final Map<ReferralSource, String> SOURCES = Map.of(
      ReferralSource.SCHOOL, "a school",
      ReferralSource.OTHER_LA, "another local authority",
      ReferralSource.AGENCY, "an agency",
      ReferralSource.ANONYMOUS, "a member of the public (anonymous)",
      ReferralSource.S2S, "School to School (S2S) / Lost Pupil Database",
      ReferralSource.OFF_ROLL, "a school's off-roll notification",
      ReferralSource.REGISTER_INSPECTION, "a register inspection",
      ReferralSource.EHE_NOTIFICATION, "a parent's notification of home education",
      ReferralSource.EMIGRATION_NOTICE, "a report that the family is emigrating");

  /**
   * The classifications of the decision table (cme-classification), each with what it means (rules.md
   * R1 to R3), so no form shows an abbreviation without it.
   */
  private static final Map<String, String> CLASSIFICATIONS = Map.of(
      "CME", "CME — child missing education: of compulsory school age, not on a school roll and not "
          + "receiving a suitable education otherwise than at a school",
      "PMOOE", "PMOOE — pupil missing out on education: on a school roll but not receiving a suitable "
          + "full-time education (not back after leave, continuously absent, or did not start)",
      "CMOOE", "CMOOE — child missing out on education: receiving less than full-time formal education "
          + "(fewer than 18 hours a week); the case stays open and goes to the CMOOE Action Group",
      "CMOE", "CMOE — child missing out on education: out of any provision for 4 weeks or more, or in "
          + "provision that is not stable or is of concern",
      "EHE_CHECK", "Home education not yet assessed: the local authority's elective home education check "
          + "takes the case",
      "NOT_CME", "Not CME — not a child missing education; the referrer is told where to go instead");

  private FormText() {
  }

  /** A moment as people write it in England: "3 December 2026 15:09"; empty for null. */
  public static String dateTime(Instant at) {
    return at == null ? "" : DATE_TIME.format(at.atZone(LONDON));
  }

  /** A day as people write it: "3 December 2026"; empty for null. */
  public static String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  /** The agency's label as the investigation form offers it. */
  public static String agency(Agency agency) {
    return AGENCIES.get(agency);
  }

  /** One of the school's expected attempts to locate the child, as the referral forms name it. */
  public static String attempt(LocateAttempt.Step step) {
    return ATTEMPTS.get(step);
  }

  /** Where a referral came from, as it reads after "from" or "by". */
  public static String source(ReferralSource source) {
    return SOURCES.get(source);
  }

  /** The child's sex in words. */
  public static String sex(Sex sex) {
    return switch (sex == null ? Sex.NOT_KNOWN : sex) {
      case FEMALE -> "Female";
      case MALE -> "Male";
      case NOT_KNOWN -> "Not known";
    };
  }

  /**
   * A classification of the decision table with what it means ("PMOOE — pupil missing out on
   * education: …"); an unknown one as it is, empty for null.
   */
  public static String classification(String classification) {
    if (classification == null) {
      return "";
    }
    return CLASSIFICATIONS.getOrDefault(classification, classification);
  }

  /** "Yes" or "No". */
  public static String yesNo(boolean value) {
    return value ? "Yes" : "No";
  }
}
