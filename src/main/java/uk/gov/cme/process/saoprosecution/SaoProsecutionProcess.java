package uk.gov.cme.process.saoprosecution;

import java.util.List;

/**
 * Enforcing a School Attendance Order (processes.md P5; Education Act 1996 ss443, 447; rules.md R10):
 * the BPMN's ids and variable names in one place. {@link Variables} is also the contract for calling
 * {@value #KEY} from the School Attendance Order (docs/processes/sao-prosecution.md).
 */
public final class SaoProsecutionProcess {

  public static final String KEY = "sao-prosecution";

  private SaoProsecutionProcess() {
  }

  /** Flow node ids in processes/sao-prosecution.bpmn. */
  public static final class Elements {
    public static final String EVENT_ORDER_NOT_COMPLIED_WITH = "Event_OrderNotCompliedWith";
    public static final String TASK_RECORD_NON_COMPLIANCE = "Task_RecordNonCompliance";
    public static final String TASK_CONSIDER_ESO = "Task_ConsiderEso";
    public static final String TASK_APPLY_FOR_ESO = "Task_ApplyForEso";
    public static final String EVENT_ESO_MADE_INSTEAD = "Event_EsoMadeInstead";
    public static final String TASK_ISSUE_NOTICE = "Task_IssueNotice";
    public static final String SUBPROCESS_SERVE_NOTICE = "SubProcess_ServeNotice";
    public static final String TASK_MAKE_NOTICE_LETTER = "Task_MakeNoticeLetter";
    public static final String TASK_RECORD_NOTICE = "Task_RecordNotice";
    public static final String TASK_EMAIL_NOTICE = "Task_EmailNotice";
    public static final String TASK_ADVISE_ON_PROSECUTION = "Task_AdviseOnProsecution";
    public static final String TASK_HOME_VISIT = "Task_HomeVisit";
    public static final String TASK_PREPARE_FILE = "Task_PrepareFile";
    public static final String EVENT_WITHDRAWN_BEFORE_COURT = "Event_WithdrawnBeforeCourt";
    public static final String TASK_LAY_INFORMATION = "Task_LayInformation";
    public static final String EVENT_HEARING_REMINDER = "Event_HearingReminder";
    public static final String TASK_RECORD_HEARING = "Task_RecordHearing";
    public static final String TASK_CHECK_ATTENDANCE = "Task_CheckAttendance";
    public static final String EVENT_CONVICTED = "Event_Convicted";
    public static final String EVENT_NOT_CONVICTED = "Event_NotConvicted";
    public static final String TASK_DECIDE_DIRECTED_ESO = "Task_DecideDirectedEso";
    public static final String EVENT_ESO_APPLIED = "Event_EsoApplied";
    public static final String TASK_TELL_COURT_REASONS = "Task_TellCourtReasons";
    public static final String EVENT_REASONS_OVERDUE = "Event_ReasonsOverdue";
    public static final String TASK_CHASE_REASONS = "Task_ChaseReasons";
    public static final String EVENT_REASONS_CHASED = "Event_ReasonsChased";
    public static final String EVENT_ESO_DECLINED = "Event_EsoDeclined";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";

    private Elements() {
    }
  }

  /** Process variables: one meaning in every process (data.md). */
  public static final class Variables {
    // --- given by the School Attendance Order (camunda:in) ---------------------------------------
    public static final String CASE_REFERENCE = "caseReference";
    /** Long: the register row of the order in force. */
    public static final String ORDER_ID = "orderId";
    /** Integer: the notice cycle of the order (1 first). */
    public static final String SAO_CYCLE = "saoCycle";
    public static final String CHILD_FORENAME = "childForename";
    public static final String CHILD_SURNAME = "childSurname";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String PARENT1_NAME = "parent1Name";
    public static final String PARENT1_ADDRESS = "parent1Address";
    public static final String PARENT2_NAME = "parent2Name";
    public static final String PARENT2_ADDRESS = "parent2Address";
    /** The parent's email address, where they agreed to email service. */
    public static final String PARENT_EMAIL = "parentEmail";
    public static final String NAMED_SCHOOL_NAME = "namedSchoolName";
    public static final String NAMED_SCHOOL_URN = "namedSchoolUrn";
    /** The named school's outcome ({@code namedSchoolOutcome} of sao-named-school): why the order is not complied with. */
    public static final String NON_COMPLIANCE_REASON = "nonComplianceReason";
    public static final String SCHOOL_ACTIONS = "schoolActions";
    // --- written back (camunda:out) -------------------------------------------------------------
    /** String, one of {@link Outcome}. */
    public static final String ENFORCEMENT_OUTCOME = "enforcementOutcome";
    /** Boolean: convicted or discharged and the child still not attending: a new notice cycle. */
    public static final String NEW_CYCLE_NEEDED = "newCycleNeeded";
    // --- recorded on the tasks ------------------------------------------------------------------
    public static final String ESO_DECISION = "esoDecision";
    public static final String ESO_DECISION_REASONS = "esoDecisionReasons";
    public static final String ESO_APPLICATION_RESULT = "esoApplicationResult";
    public static final String ESO_APPLIED_ON = "esoAppliedOn";
    public static final String ESO_RESULT_ON = "esoResultOn";
    public static final String NOTICE_ISSUED_ON = "noticeIssuedOn";
    public static final String NOTICE_SERVICE_METHOD = "noticeServiceMethod";
    /** Boolean: the notice is also served on the second parent. */
    public static final String SERVE_PARENT2 = "serveParent2";
    /** Date: the day of issue (close of business), for the home visit's due date. */
    public static final String NOTICE_ISSUED_AT = "noticeIssuedAt";
    /** yyyy-mm-dd: the day written in the notice (the home-visit period's last day). */
    public static final String NOTICE_DEADLINE = "noticeDeadline";
    public static final String NOTICE_ISSUED_BY = "noticeIssuedBy";
    public static final String FRONT_DOOR_ADVICE = "frontDoorAdvice";
    public static final String FRONT_DOOR_ADVISED_ON = "frontDoorAdvisedOn";
    public static final String HOME_VISIT_ON = "homeVisitOn";
    public static final String HOME_VISIT_NOTES = "homeVisitNotes";
    public static final String FILE_READY_ON = "fileReadyOn";
    public static final String PROSECUTION_DECISION = "prosecutionDecision";
    public static final String PROSECUTION_DECISION_REASONS = "prosecutionDecisionReasons";
    public static final String INFORMATION_LAID_ON = "informationLaidOn";
    public static final String COURT_NAME = "courtName";
    /** yyyy-mm-dd: the next hearing. */
    public static final String HEARING_ON = "hearingOn";
    /** Date: the next hearing (close of business), for the reminder timer and the task's due date. */
    public static final String HEARING_AT = "hearingAt";
    public static final String HEARING_OUTCOME = "hearingOutcome";
    /** yyyy-mm-dd: the date an adjourned hearing is adjourned to. */
    public static final String ADJOURNED_TO = "adjournedTo";
    /** Integer: hearings adjourned so far. */
    public static final String ADJOURNMENTS = "adjournments";
    public static final String FINE_AMOUNT = "fineAmount";
    public static final String HEARING_NOTES = "hearingNotes";
    public static final String ESO_DIRECTED_ON = "esoDirectedOn";
    /** Date: the day of the court's direction, for the 8-week timer. */
    public static final String ESO_DIRECTED_AT = "esoDirectedAt";
    public static final String DIRECTED_ESO_DECISION = "directedEsoDecision";
    public static final String DIRECTED_ESO_REASONS = "directedEsoReasons";
    public static final String COURT_TOLD_ON = "courtToldOn";
    public static final String CHILD_NOW_ATTENDING = "childNowAttending";
    public static final String ATTENDANCE_NOTES = "attendanceNotes";
    public static final String MANAGER_ACTION = "managerAction";
    /** The row in the sub-process for each parent: 0 the first parent, 1 the second. */
    public static final String LOOP_COUNTER = "loopCounter";
    /** Long: the letter the letters block made for the parent being served. */
    public static final String LETTER_ID = "letterId";

    private Variables() {
    }
  }

  /** {@code enforcementOutcome}: how the enforcement ended (contract with the School Attendance Order). */
  public static final class Outcome {
    public static final String ESO_INSTEAD = "ESO_INSTEAD";
    public static final String CONVICTED = "CONVICTED";
    public static final String CONDITIONAL_DISCHARGE = "CONDITIONAL_DISCHARGE";
    public static final String ACQUITTED = "ACQUITTED";
    public static final String WITHDRAWN = "WITHDRAWN";
    public static final String ESO_APPLIED = "ESO_APPLIED";
    public static final String ESO_DECLINED = "ESO_DECLINED";
    public static final List<String> ALL = List.of(ESO_INSTEAD, CONVICTED, CONDITIONAL_DISCHARGE, ACQUITTED,
        WITHDRAWN, ESO_APPLIED, ESO_DECLINED);

    private Outcome() {
    }
  }

  /** {@code nonComplianceReason}: the named school's outcome (sao-named-school) that is not compliance. */
  public static final List<String> NON_COMPLIANCE_REASONS = List.of("PARENT_DID_NOT_ATTEND_PAM",
      "CHILD_DID_NOT_ATTEND_FIRST_DAY", "STOPPED_ATTENDING");

  /** Values of the forms' choices. */
  public static final class Choices {
    public static final List<String> ESO_DECISIONS = List.of("prosecute", "eso-instead", "eso-and-prosecute");
    public static final List<String> ESO_RESULTS = List.of("made", "refused");
    public static final List<String> PROSECUTION_DECISIONS = List.of("lay-information", "withdraw");
    public static final List<String> HEARING_OUTCOMES = List.of("adjourned", "convicted", "conditional-discharge",
        "acquitted", "withdrawn", "eso-directed");
    public static final List<String> DIRECTED_ESO_DECISIONS = List.of("apply", "decline");
    public static final List<String> ATTENDING = List.of("yes", "no");

    private Choices() {
    }
  }
}
