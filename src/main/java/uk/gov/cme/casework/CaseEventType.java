package uk.gov.cme.casework;

/** What happened to a case, in its audit trail ({@code cme_case_event}). */
public enum CaseEventType {
  CASE_OPENED,
  REFERRAL_ADDED,
  REFERRAL_CLASSIFIED,
  REFERRAL_ACKNOWLEDGED,
  ENQUIRY_SENT,
  ENQUIRY_CHASED,
  ENQUIRY_ANSWERED,
  PROCESS_INSTANCE_LINKED,
  CASE_CLOSED,
  /** The child is missing out on education (rules.md R3): the case is to be raised at the CMOOE Action Group. */
  FLAGGED_FOR_CMOOE_ACTION_GROUP,
  /** A school or team became entitled to the case (for example a school allocated a place). */
  PARTY_ADDED,
  /** The child's plans (CP, CIN) or allocated social worker were recorded or changed. */
  SOCIAL_CARE_RECORDED,
  /** The child's education status changed ({@link EducationStatus}; the detail names which). */
  EDUCATION_STATUS_CHANGED,
  /** Someone read the case (rules.md R9: every view is attributable). */
  CASE_VIEWED,
  /** A letter was made and stored with the case (issue 10); detail: its id and kind. */
  LETTER_STORED,
  /** A stored letter was downloaded (issue 10); detail: its id and kind. */
  LETTER_DOWNLOADED,
  /** A stored letter was emailed to the parent (issue 10); detail: its id and kind. */
  LETTER_EMAILED,
  /** A School Attendance Order notice or order was recorded in the register (the detail: type, row id, cycle). */
  SAO_NOTICE_RECORDED,
  /** An order was amended to name another school (s440; the detail: old and new row ids). */
  SAO_ORDER_AMENDED,
  /** An order was revoked (s442; the detail: the order's row id). */
  SAO_ORDER_REVOKED,
  /** An order ended (the detail: the order's row id and why). */
  SAO_ORDER_ENDED,
  /** A letter was attached to a notice or order (the detail: row id and letter id). */
  SAO_LETTER_ATTACHED,
  /**
   * The school an amended or revoked order named deleted the pupil on ground (d) or (e) (the detail: the
   * order's row id, its status, the school and the ground).
   */
  SAO_SCHOOL_DELETION_RECORDED,
  /**
   * A School Attendance Order was asked for (EHE failed, parents refused a place…) while the case's order
   * process was already running: not started again (the detail: the trigger and the running instance).
   */
  SAO_TRIGGER_WHILE_RUNNING,
  /** A step of enforcing an order (sao-prosecution): a decision or the court's outcome, in codes only. */
  SAO_ENFORCEMENT_STEP,
  /** An escalation of the case was opened at stage 1 (issue 11; the detail: its id and trigger). */
  ESCALATION_OPENED,
  /** A further trigger joined the case's running escalation (the detail: its id and the trigger). */
  ESCALATION_TRIGGER_JOINED,
  /** A stage of the escalation started: its route and the meeting or the due date. */
  ESCALATION_STAGE_STARTED,
  /** The minutes of a stage's review were recorded (the detail: decision, concern level, counts). */
  ESCALATION_MINUTES_RECORDED,
  /** A SMART action was agreed (the detail: its id, owning team, due date). */
  ESCALATION_ACTION_AGREED,
  /** The owner of an action answered: done or not (the detail: its id). */
  ESCALATION_ACTION_ANSWERED,
  /** An action passed its due date unanswered; the chair is reminded (the detail: its id). */
  ESCALATION_ACTION_OVERDUE,
  /** The escalation was resolved; the case stays open. */
  ESCALATION_RESOLVED,
  /** Unresolved after stage 3: reported to senior management. */
  ESCALATION_REPORTED_TO_SENIOR_MANAGEMENT,
  /** Senior management recorded what it decided for the escalation reported to it. */
  ESCALATION_SENIOR_MANAGEMENT_RESPONDED;

  /**
   * Whether the line is an escalation record (issue 11): shown only to those who may read escalations
   * (seed 004 §6: the groups' members and the CME team).
   */
  public boolean escalationRecord() {
    return switch (this) {
      case ESCALATION_OPENED, ESCALATION_TRIGGER_JOINED, ESCALATION_STAGE_STARTED, ESCALATION_MINUTES_RECORDED,
           ESCALATION_ACTION_AGREED, ESCALATION_ACTION_ANSWERED, ESCALATION_ACTION_OVERDUE, ESCALATION_RESOLVED,
           ESCALATION_REPORTED_TO_SENIOR_MANAGEMENT, ESCALATION_SENIOR_MANAGEMENT_RESPONDED -> true;
      default -> false;
    };
  }
}
