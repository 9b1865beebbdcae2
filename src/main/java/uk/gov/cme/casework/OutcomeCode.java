package uk.gov.cme.casework;

/**
 * Why a case was closed (data.md, Outcome codes), plus {@link #NOT_CME} for a referral classified as not
 * CME and {@link #MERGED} for a duplicate case merged into another.
 */
public enum OutcomeCode {
  /** Located and on roll at a school in this authority. */
  ON_ROLL_HERE("located and on roll here", false),
  /** Located and on roll elsewhere; the reason names the local authority. */
  ON_ROLL_ELSEWHERE("located and on roll elsewhere", true),
  /** Electively home educated, and the education is suitable. */
  ELECTIVE_HOME_EDUCATION_SUITABLE("electively home educated and suitable", false),
  /** Left the country (confirmed). */
  LEFT_THE_COUNTRY("left the country (confirmed)", false),
  /** Not a child missing education; the reason says why (rules.md R1). */
  NOT_CME("not CME", true),
  /** Whereabouts unknown after all enquiries: uploaded to the Lost Pupil Database. */
  LOST_PUPIL_DATABASE("Lost Pupil Database (whereabouts unknown)", false),
  /** The parent complied with a School Attendance Order. */
  SAO_COMPLIED("SAO complied", false),
  /** The parents satisfied the LA, after a s437(1) notice, that the child receives suitable education. */
  SUITABLE_EDUCATION_SHOWN("suitable education shown", false),
  /** The School Attendance Order was revoked (s442: suitable education otherwise than at school arranged). */
  SAO_REVOKED("School Attendance Order revoked", false),
  /** The School Attendance Order was enforced (s443, s447); the reason gives the outcome (acquitted, ESO ...). */
  SAO_ENFORCED("School Attendance Order enforced", true),
  /** Transferred to another local authority; the reason names it. */
  TRANSFERRED_TO_ANOTHER_LA("transferred to another LA", true),
  /** Ceased to be of compulsory school age (rules.md R4). */
  CEASED_COMPULSORY_SCHOOL_AGE("ceased to be of compulsory school age", false),
  /** The child died. */
  DIED("died", false),
  /** A duplicate, merged into another case; the reason gives that case's reference. */
  MERGED("merged into another case", true);

  private final String description;
  private final boolean reasonRequired;

  OutcomeCode(String description, boolean reasonRequired) {
    this.description = description;
    this.reasonRequired = reasonRequired;
  }

  /** The outcome in words, for officers and reports. */
  public String description() {
    return description;
  }

  /** Whether closing with this outcome needs a reason (the LA named, why not CME, the case merged into). */
  public boolean reasonRequired() {
    return reasonRequired;
  }
}
