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
  REGISTER_INSPECTION
}
