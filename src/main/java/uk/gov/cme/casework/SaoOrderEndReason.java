package uk.gov.cme.casework;

/** Why a School Attendance Order ended (processes.md P5). */
public enum SaoOrderEndReason {
  /** The child attended and the monitoring passed. */
  COMPLIED,
  /** The child passed compulsory school age (rules.md R4). */
  COMPULSORY_SCHOOL_AGE_ENDED,
  /** The child left the local authority's area. */
  LEFT_AREA,
  /** Convicted and still not attending: a new notice cycle replaces it (rules.md R10). */
  NEW_CYCLE,
  /**
   * Another of the case's processes closed the case (home education judged suitable, the family left
   * the country): the order's process ended with it.
   */
  CASE_CLOSED
}
