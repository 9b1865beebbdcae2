package uk.gov.cme.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.Locale;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseEventType;
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.casework.PartyBasis;
import uk.gov.cme.casework.ReferralSource;

/**
 * The words the case view shows for the register's codes (issue 9: labels, not codes, everywhere), and
 * its dates as people read them ({@code 3 December 2026 15:09}, UK time).
 */
final class CaseLabels {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);
  private static final DateTimeFormatter ON = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** What CMOOE stands for and means (rules.md R3), wherever the view shows it. */
  static final String CMOOE = "CMOOE: child missing out on education — fewer than 18 hours a week of formal"
      + " full-time education, or out of provision for 4 weeks or more (rules.md R3). The case is raised at the"
      + " CMOOE Action Group.";
  /** What PMOOE stands for and means (rules.md R2). */
  static final String PMOOE = "PMOOE: pupil missing out on education — a pupil on a school roll who has not been"
      + " back 10 school days after leave, has been absent 20 school days without a reason, or did not start"
      + " at a new school (rules.md R2).";

  private CaseLabels() {
  }

  static String at(Instant instant) {
    return instant == null ? null : AT.format(instant.atZone(UK));
  }

  static String on(LocalDate date) {
    return date == null ? null : ON.format(date);
  }

  static String agency(Agency agency) {
    if (agency == null) {
      return null;
    }
    return switch (agency) {
      case OTHER_LA -> "Another local authority's CME team";
      case ADMISSIONS -> "School Admissions";
      case HEALTH -> "Health";
      case HOUSING -> "Housing";
      case DWP -> "Department for Work and Pensions";
      case BORDER_FORCE -> "Border Force";
      case POLICE -> "Police";
      case SOCIAL_CARE -> "Children's social care";
      case S2S -> "School to School (Lost Pupil Database)";
      case OTHER -> "Other";
    };
  }

  static String source(ReferralSource source) {
    if (source == null) {
      return null;
    }
    return switch (source) {
      case SCHOOL -> "A school";
      case OTHER_LA -> "Another local authority";
      case AGENCY -> "An agency";
      case ANONYMOUS -> "Anonymous (a member of the public)";
      case S2S -> "School to School (S2S)";
      case OFF_ROLL -> "An off-roll notification";
      case REGISTER_INSPECTION -> "A register inspection";
      case EHE_NOTIFICATION -> "A notice of elective home education";
      case EMIGRATION_NOTICE -> "A notice of emigration";
    };
  }

  static String step(LocateAttempt.Step step) {
    if (step == null) {
      return null;
    }
    return switch (step) {
      case PARENTS_PHONE_OR_TEXT -> "Phoned or texted the parents";
      case PARENTS_EMAIL_LETTER_OR_VISIT -> "Emailed, wrote to or visited the parents";
      case OTHER_SCHOOLS -> "Asked other schools";
      case PEER_GROUP -> "Asked the pupil's friends";
      case RELEVANT_AGENCY -> "Asked a relevant agency";
    };
  }

  static String party(PartyBasis basis) {
    if (basis == null) {
      return null;
    }
    return switch (basis) {
      case REFERRED -> "referred the child";
      case ALLOCATED -> "allocated a place";
      case NAMED -> "named in an order";
      case WORKS -> "works the case";
      case NOTIFIED -> "sent an off-roll notification";
    };
  }

  static String event(CaseEventType type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case CASE_OPENED -> "Case opened";
      case REFERRAL_ADDED -> "Referral added";
      case REFERRAL_CLASSIFIED -> "Referral classified";
      case REFERRAL_ACKNOWLEDGED -> "Referral acknowledged";
      case ENQUIRY_SENT -> "Enquiry sent";
      case ENQUIRY_CHASED -> "Enquiry chased";
      case ENQUIRY_ANSWERED -> "Enquiry answered";
      case PROCESS_INSTANCE_LINKED -> "Process linked";
      case CASE_CLOSED -> "Case closed";
      case FLAGGED_FOR_CMOOE_ACTION_GROUP -> "Flagged for the CMOOE Action Group";
      case PARTY_ADDED -> "School or team given access";
      case SOCIAL_CARE_RECORDED -> "Social care details recorded";
      case EDUCATION_STATUS_CHANGED -> "Education status changed";
      case CASE_VIEWED -> "Case viewed";
      case LETTER_STORED -> "Letter made";
      case LETTER_DOWNLOADED -> "Letter downloaded";
      case LETTER_EMAILED -> "Letter emailed to the parent";
      case SAO_NOTICE_RECORDED -> "School Attendance Order notice or order recorded";
      case SAO_ORDER_AMENDED -> "School Attendance Order amended";
      case SAO_ORDER_REVOKED -> "School Attendance Order revoked";
      case SAO_ORDER_ENDED -> "School Attendance Order ended";
      case SAO_LETTER_ATTACHED -> "Letter attached to a notice or order";
      case SAO_SCHOOL_DELETION_RECORDED -> "The order's former school took the pupil off roll";
      case SAO_TRIGGER_WHILE_RUNNING -> "School Attendance Order asked for again while one is under way";
      case SAO_ENFORCEMENT_STEP -> "School Attendance Order enforcement step";
      case ESCALATION_OPENED -> "Escalation opened";
      case ESCALATION_TRIGGER_JOINED -> "Escalation asked for again while one is under way";
      case ESCALATION_STAGE_STARTED -> "Escalation stage started";
      case ESCALATION_MINUTES_RECORDED -> "Escalation minutes recorded";
      case ESCALATION_ACTION_AGREED -> "Escalation action agreed";
      case ESCALATION_ACTION_ANSWERED -> "Escalation action answered";
      case ESCALATION_ACTION_OVERDUE -> "Escalation action overdue";
      case ESCALATION_RESOLVED -> "Escalation resolved";
      case ESCALATION_REPORTED_TO_SENIOR_MANAGEMENT -> "Escalation reported to senior management";
      case ESCALATION_SENIOR_MANAGEMENT_RESPONDED -> "Senior management responded to the escalation";
    };
  }

  /** A classification (the decision table's output) in words, with PMOOE and CMOOE explained. */
  static String classification(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "CME" -> "CME: child missing education";
      case "NOT_CME" -> "Not CME";
      case "PMOOE" -> PMOOE;
      case "CMOOE" -> CMOOE;
      case "EHE_CHECK" -> "Elective home education to be checked";
      default -> code;
    };
  }

  /**
   * A referral's category in words: the PMOOE trigger a school gave for a pupil on roll, or what is
   * known of the child's education (the referral forms' options); an unknown code as it is.
   */
  static String category(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "leave-not-returned" -> "PMOOE: not back 10 school days after leave of absence ended";
      case "absent-20-days" -> "PMOOE: continuously absent 20 school days, no reason to think illness";
      case "missed-transition-start" -> "PMOOE: did not start at a key-stage transition (Year 3 or Year 7)";
      case "missed-20-consecutive-days" -> "PMOOE: missed 20 or more consecutive school days at another time";
      case "education:none" -> "No known education";
      case "education:ehe-suitable" -> "Home educated, judged suitable by the LA";
      case "education:ehe-not-assessed" -> "Home educated, not yet assessed by the LA";
      case "education:ehe-unsuitable" -> "Home educated, judged unsuitable";
      case "education:alternative-provision" -> "Alternative provision";
      case "education:reduced-hours-engaged" -> "Reduced hours provision, engaged";
      default -> code;
    };
  }

  static String processState(String state) {
    if (state == null) {
      return null;
    }
    return switch (state) {
      case "ACTIVE" -> "running";
      case "SUSPENDED" -> "suspended";
      case "COMPLETED" -> "ended";
      case "EXTERNALLY_TERMINATED", "INTERNALLY_TERMINATED" -> "cancelled";
      default -> state.toLowerCase(Locale.ROOT);
    };
  }
}
