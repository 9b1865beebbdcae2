package uk.gov.cme.casework;

/** What became of an off-roll notification (processes.md P3), as the register records it. */
public enum OffRollOutcome {
  /** Received and checked; not yet routed to an end. */
  RECEIVED("received"),
  /** Logged only. */
  LOGGED("logged"),
  /**
   * Logged, and the CME officer told of a change to a School Attendance Order (grounds d, e): the outcome
   * of notifications made before issue 10, when an officer updated the order's case by hand.
   */
  SAO_OFFICER_TOLD("logged; the CME officer updates the School Attendance Order"),
  /** Grounds (d), (e): the deletion recorded against the amended or revoked order on the child's case. */
  SAO_RECORD_UPDATED("recorded against the School Attendance Order"),
  /** Grounds (d), (e) with no amended or revoked order of this LA's naming the school: logged. */
  SAO_NOT_ON_RECORD("logged; no amended or revoked School Attendance Order of ours names the school"),
  /**
   * Grounds (a), (d), (e), (f) while a School Attendance Order in force names the school: not accepted, the
   * school keeps the pupil on roll and was told why.
   */
  SAO_KEEPS_PUPIL("not accepted: a School Attendance Order names the school, the pupil stays on roll"),
  /** The LA refused the joint decision (grounds h, i): the school keeps the pupil on roll. */
  JOINT_DECISION_REFUSED("joint decision refused: the pupil stays on roll"),
  /** A CME referral was made (the case reference is recorded). */
  CME_REFERRAL("CME referral made"),
  /** Handed to the elective home education check (P4). */
  EHE_CHECK("elective home education check started"),
  /** Handed to emigration safeguarding (P6). */
  EMIGRATION("emigration safeguarding started"),
  /** The new school confirmed the pupil is on its roll. */
  ON_ROLL_CONFIRMED("on roll at the new school"),
  /** Flagged as a child of interest to the CMOE group (rules.md R3; seed 004). */
  CHILD_OF_INTEREST("child of interest (CMOE watch)");

  private final String description;

  OffRollOutcome(String description) {
    this.description = description;
  }

  /** The outcome in words, for officers and the register inspection's list. */
  public String description() {
    return description;
  }
}
