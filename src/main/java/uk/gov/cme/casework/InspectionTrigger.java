package uk.gov.cme.casework;

/** Why a register inspection (P7) was started. */
public enum InspectionTrigger {
  /** The yearly schedule: every school at least {@code cme.inspection.per-year} times an academic year. */
  SCHEDULE,
  /** The school's off-roll notifications look like off-rolling (P3 step 2, the off-rolling-concern table). */
  OFF_ROLLING_CONCERN,
  /** A CME officer started it for the school. */
  OFFICER
}
