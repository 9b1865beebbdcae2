package uk.gov.cme.process.escalation;

/** Why an escalation was started or joined (issue 11, "Triggers"). */
public enum EscalationTrigger {
  /** No recorded progress on the case for cme.deadlines.no-progress-school-days (found by the application). */
  STUCK_CASE,
  /** A practitioner's concern that the child's education is not safe and suitable (an LA team or a school). */
  PRACTITIONER_CONCERN,
  /** The monthly CME panel decided to escalate (P1, "Review at the monthly CME panel"). */
  PANEL_DECISION,
  /** The child was classified CMOOE (missing out on formal full-time education, rules.md R3). */
  CMOOE_FLAG,
  /** An off-roll notification on ground (j) or (o) with no provision: a child of interest (CMOE, seed 004 §4). */
  CHILD_OF_INTEREST
}
