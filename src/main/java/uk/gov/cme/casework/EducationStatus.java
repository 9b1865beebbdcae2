package uk.gov.cme.casework;

/**
 * A change of a child's education status, besides the case opening and closing, that the register
 * records and publishes ({@link CaseEvents.EducationStatusChanged}): where the child has a child
 * protection or child in need plan, the allocated social worker is told of each (processes.md,
 * cross-cutting; seed 002 §7.4). The descriptions are what the social worker reads: plain English,
 * never personal data.
 *
 * <p>The full list of changes the social worker hears of (docs/processes/case-updates.md): the case
 * opening, each of these, and the case closing with its outcome (on roll, home education judged
 * suitable, left the country, not CME, Lost Pupil Database, ...).
 */
public enum EducationStatus {
  /** A school notified that the child's name is to be deleted from its admission register (P3). */
  OFF_ROLL_NOTIFIED("a school has told us that the child's name is to be deleted from its admission register"),
  /** The parents notified elective home education; the EHE check (P4) runs for the case. */
  HOME_EDUCATION_NOTIFIED("the parents have told us the child is to be educated at home; the elective home "
      + "education team will check whether the education is suitable"),
  /** The EHE team judged the home education unsuitable ("EHE failed", P4). */
  HOME_EDUCATION_UNSUITABLE("the elective home education team judged the home education unsuitable; the case "
      + "goes to the School Attendance Order process"),
  /** The child was reported as leaving the country; the departure is confirmed after the leaving date (P6). */
  EMIGRATION_REPORTED("the child is reported to be leaving the country; the departure will be confirmed after "
      + "the leaving date"),
  /** The CME team took the case up to investigate: another process referred the child as missing education. */
  REFERRED_AS_MISSING_EDUCATION("the child has been referred to the Children Missing Education team, who will "
      + "find out where the child is and whether they receive a suitable education"),
  /** Whereabouts unknown after all enquiries: uploaded to the Lost Pupil Database (P1). */
  WHEREABOUTS_UNKNOWN("the child's whereabouts are unknown after all enquiries; the child's record is on the "
      + "Lost Pupil Database and the case is reviewed at the monthly panel"),
  /** The new school confirmed the child is on its roll (an off-roll notification, ground (a)). */
  ON_ROLL_AT_NEW_SCHOOL("the child's new school has confirmed that the child is on its roll"),
  /** The allocated social worker was recorded on the open case: they are told the case is open. */
  SOCIAL_WORKER_RECORDED("the Children Missing Education team has an open case for the child, and you are now "
      + "recorded as the child's allocated social worker");

  private final String description;

  EducationStatus(String description) {
    this.description = description;
  }

  /** The change in words, for the social worker's email. */
  public String description() {
    return description;
  }

  /** The status a case's opening means, in words, by where its first referral or notice came from. */
  public static String opened(ReferralSource source) {
    return switch (source) {
      case EHE_NOTIFICATION -> "a case was opened: " + HOME_EDUCATION_NOTIFIED.description;
      case EMIGRATION_NOTICE -> "a case was opened: " + EMIGRATION_REPORTED.description;
      default -> "a case was opened: the child was referred to the Children Missing Education team as "
          + "possibly missing education";
    };
  }

  /** The status a case's closing means, in words. */
  public static String closed(OutcomeCode outcome) {
    return "the case is closed: " + outcome.description();
  }
}
