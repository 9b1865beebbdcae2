package uk.gov.cme.casework;

/** Where a referral came from (data.md, Referral; processes.md P1 triggers). */
public enum ReferralSource {
  /** A school's online CME or PMOOE referral. Needs the referring school's URN. */
  SCHOOL,
  /** Another local authority's CME enquiry. */
  OTHER_LA,
  /** An external agency (health, housing, police, ...). */
  AGENCY,
  /** An anonymous member of the public. Stores no referrer contact. */
  ANONYMOUS,
  /** A School-to-School (S2S) notification. */
  S2S,
  /** An off-roll notification routed to the CME process (P3). */
  OFF_ROLL,
  /** A register inspection finding (P7). */
  REGISTER_INSPECTION,
  /**
   * A parent's notification of elective home education, recorded by the EHE check (P4) when it is
   * started for a child (not handed over by a case's process).
   */
  EHE_NOTIFICATION,
  /** A report that the child is emigrating, recorded by the emigration checks (P6) when started for a child. */
  EMIGRATION_NOTICE
}
