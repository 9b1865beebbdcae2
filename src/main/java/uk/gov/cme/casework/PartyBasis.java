package uk.gov.cme.casework;

/** Why a group may act on a case (docs/security.md). */
public enum PartyBasis {
  /** The school referred the child: it may follow what it referred (its receipt and status). */
  REFERRED,
  /** The school was allocated a place for the child: it may do its own task (confirm on roll). */
  ALLOCATED,
  /** The school is named in an order for the child (School Attendance Order). */
  NAMED,
  /** The LA team works the case. */
  WORKS,
  /**
   * The school notified the LA about the child (an off-roll notification of the same child as the open
   * case): it may follow what it notified, in its own instance, which carries the case reference.
   */
  NOTIFIED
}
