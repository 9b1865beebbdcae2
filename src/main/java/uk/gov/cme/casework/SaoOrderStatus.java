package uk.gov.cme.casework;

/** The state of a School Attendance Order (or amended order) in the register. */
public enum SaoOrderStatus {
  /** In force: it names the school the child must attend. */
  IN_FORCE,
  /** Replaced by an amendment naming another school (s440). */
  AMENDED,
  /** Revoked (s442). */
  REVOKED,
  /** Ended: the child passed compulsory school age, left the area, complied, or a new cycle began. */
  ENDED
}
