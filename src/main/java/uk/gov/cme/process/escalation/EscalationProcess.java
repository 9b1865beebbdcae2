package uk.gov.cme.process.escalation;

import java.util.List;

/**
 * Three-stage escalation and the CMOOE Action Group (processes.md P8; seeds 000, 004; issue 11): the
 * BPMN's ids and variable names in one place. {@link Variables} is also the contract for starting
 * {@value #KEY} from another process or a start form: business key and {@code caseReference} the
 * child's case (or, from an off-roll notification of a child with no case, no case: the process finds
 * or opens the child's case), {@link Variables#TRIGGER} one of {@link EscalationTrigger} and
 * {@link Variables#TRIGGER_DETAILS} a short plain-English reason. One escalation per case at a time: an
 * instance started while another runs for the case joins it (the trigger is recorded on the running
 * one) and ends at once.
 */
public final class EscalationProcess {

  public static final String KEY = "escalation";
  /** Message: a further trigger for a case whose escalation is running (sent by the joining instance). */
  public static final String MESSAGE_TRIGGER_JOINED = "EscalationTriggerJoined";
  /** The decision table that routes each stage (processes/decisions/escalation-route.dmn). */
  public static final String ROUTE_DECISION = "escalation-route";
  /** The letter template of the minutes. */
  public static final String MINUTES_LETTER = "escalation-minutes";
  /** The last stage: escalating from it reports the case to senior management. */
  public static final int LAST_STAGE = 3;
  /** The most SMART actions one review's minutes record (the form's slots). */
  public static final int ACTION_SLOTS = 4;
  /** The group of senior management, told of a case unresolved after stage 3. */
  public static final String SENIOR_MANAGEMENT_GROUP = "cme-manager";

  private EscalationProcess() {
  }

  /** The BPMN's element ids. */
  public static final class Elements {
    public static final String EVENT_ASKED_FOR = "Event_EscalationAskedFor";
    public static final String TASK_JOIN_OR_OPEN = "Task_JoinOrOpenEscalation";
    public static final String EVENT_JOINED_RUNNING = "Event_JoinedRunningEscalation";
    public static final String TASK_ROUTE_STAGE = "Task_RouteStage";
    public static final String TASK_PLAN_REVIEW = "Task_PlanReview";
    public static final String TASK_REVIEW = "Task_ReviewEscalation";
    public static final String TASK_RECORD_MINUTES = "Task_RecordMinutes";
    public static final String SUBPROCESS_ACTIONS = "SubProcess_AgreedActions";
    public static final String TASK_CARRY_OUT_ACTION = "Task_CarryOutAction";
    public static final String EVENT_ACTION_OVERDUE = "Event_ActionOverdue";
    public static final String TASK_RECORD_ACTION_OVERDUE = "Task_RecordActionOverdue";
    public static final String TASK_CHASE_ACTION = "Task_ChaseOverdueAction";
    public static final String TASK_RECORD_ACTION_OUTCOME = "Task_RecordActionOutcome";
    public static final String EVENT_ACTION_ANSWERED = "Event_ActionAnswered";
    public static final String EVENT_CHAIR_REMINDED = "Event_ChairReminded";
    public static final String TASK_MAKE_MINUTES = "Task_MakeMinutes";
    public static final String TASK_RESOLVE = "Task_ResolveEscalation";
    public static final String EVENT_RESOLVED = "Event_EscalationResolved";
    public static final String TASK_REPORT = "Task_ReportToSeniorManagement";
    public static final String TASK_SENIOR_MANAGEMENT = "Task_SeniorManagementDecides";
    public static final String TASK_RECORD_SENIOR_RESPONSE = "Task_RecordSeniorResponse";
    public static final String EVENT_REPORTED = "Event_ReportedToSeniorManagement";
    public static final String TASK_RECORD_JOINED_TRIGGER = "Task_RecordJoinedTrigger";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";

    private Elements() {
    }
  }

  /** Variables of the start contract and of the process. */
  public static final class Variables {
    /** String: the case reference (also the business key). */
    public static final String CASE_REFERENCE = "caseReference";
    /** String: {@link EscalationTrigger#name()}. */
    public static final String TRIGGER = "escalationTrigger";
    /** String: why, in plain English, without the child's personal details (e.g. "No progress since 3 March 2027"). */
    public static final String TRIGGER_DETAILS = "escalationTriggerDetails";
    // --- set by the process ------------------------------------------------------------------------------
    /** The user who started it from the start form (its initiator); null when the application started it. */
    public static final String RAISED_BY = "escalationRaisedBy";
    /** Boolean: another escalation was running for the case; this start joined it and ends. */
    public static final String JOINED_RUNNING = "joinedRunningEscalation";
    /** Long: the escalation's row in the register. */
    public static final String ESCALATION_ID = "escalationId";
    /** Integer 1..3: the stage (an input of the decision table). */
    public static final String STAGE = "escalationStage";
    /** Boolean: the child is in care (an input of the decision table). */
    public static final String CHILD_IN_CARE = "childInCare";
    /** Boolean: the child has an EHCP or SEN support (an input of the decision table). */
    public static final String SEND = "send";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_FORENAME = "childForename";
    public static final String CHILD_SURNAME = "childSurname";
    public static final String LEGAL_FORENAME = "legalForename";
    public static final String LEGAL_SURNAME = "legalSurname";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    /** The decision table's single result (a map of its outputs). */
    public static final String ROUTE_RESULT = "escalationRouteResult";
    /** The decision table's outputs: the route's code, the candidate group, its name in words. */
    public static final String ROUTE = "escalationRoute";
    public static final String GROUP = "escalationGroup";
    public static final String ROUTE_NAME = "escalationRouteName";
    /** String (ISO date) or null: the meeting whose agenda the child is on; null for a person's review. */
    public static final String MEETING_DATE = "meetingDate";
    /** Date: the review task's due date (the meeting's day, or the person's deadline). */
    public static final String REVIEW_DUE = "reviewDue";
    /** Where and when the stage is reviewed, in words, for the forms. */
    public static final String REVIEW_WHEN = "reviewWhen";
    /** Long: the register row of the current stage. */
    public static final String STAGE_ID = "escalationStageId";
    // --- task-local, set when the review task is made ----------------------------------------------------
    /** The meeting's agenda: every child for that meeting with their case summary (refreshed as children are added). */
    public static final String MEETING_AGENDA = "meetingAgenda";
    /** The actions agreed before, with whether each was done, for their review. */
    public static final String ACTIONS_FOR_REVIEW = "actionsForReview";
    /** This child's case summary. */
    public static final String CASE_SUMMARY = "escalationCaseSummary";
    // --- the minutes -------------------------------------------------------------------------------------
    /** {@link ConcernLevel}. */
    public static final String CONCERN_LEVEL = "concernLevel";
    /** {@link Decision}. */
    public static final String DECISION = "escalationDecision";
    public static final String MINUTES_NOTES = "minutesNotes";
    /** The review of the actions agreed before (required when there were some). */
    public static final String ACTIONS_REVIEW = "actionsReview";
    /** Boolean: escalated from the last stage: reported to senior management. */
    public static final String REPORT = "reportToSeniorManagement";
    /** Long: one action (the multi-instance's element). */
    public static final String ACTION_ID = "actionId";
    /** The minutes in words, for the letter. */
    public static final String MINUTES_TEXT = "minutesText";
    /** Long: the stage whose minutes were just recorded (the agreed actions' multi-instance reads its actions). */
    public static final String MINUTES_STAGE_ID = "minutesStageId";
    public static final String MINUTES_LETTER_ID = "minutesLetterId";
    public static final String DECIDED_BY = "minutesDecidedBy";
    // --- an action's task (task-local) ------------------------------------------------------------------
    public static final String ACTION_WHAT = "actionWhat";
    public static final String ACTION_OWNER = "actionOwner";
    public static final String ACTION_DUE_ON = "actionDueOn";
    public static final String ACTION_MEASURE = "actionMeasure";
    /** The owner's answer: {@link ActionAnswer}. */
    public static final String ACTION_DONE = "actionDone";
    public static final String ACTION_NOTE = "actionNote";
    // --- senior management ------------------------------------------------------------------------------
    public static final String SENIOR_RESPONSE = "seniorManagementResponse";
    // --- a further trigger, sent with {@value EscalationProcess#MESSAGE_TRIGGER_JOINED} -----------------
    public static final String JOINED_TRIGGER = "joinedTrigger";
    public static final String JOINED_TRIGGER_DETAILS = "joinedTriggerDetails";
    public static final String JOINED_BY = "joinedBy";
    /**
     * A practitioner's concern in their own words (a school's concern, carried by the process that started
     * the escalation): personal data, shown on the review form, never logged; a joining concern is added to it.
     */
    public static final String EDUCATION_CONCERN = "educationConcern";
    /** The concern a joining start carried, sent with the trigger. */
    public static final String JOINED_CONCERN = "joinedEducationConcern";

    /** A slot's field: {@code action<slot><Part>} (slot 1..{@value EscalationProcess#ACTION_SLOTS}). */
    public static String action(int slot, String part) {
      return "action" + slot + part;
    }

    private Variables() {
    }
  }

  /** Parts of an action slot's field names ({@link Variables#action}). */
  public static final class ActionPart {
    public static final String WHAT = "What";
    public static final String OWNER_GROUP = "OwnerGroup";
    public static final String OWNER_USER = "OwnerUser";
    public static final String DUE = "Due";
    public static final String MEASURE = "Measure";
    public static final List<String> ALL = List.of(WHAT, OWNER_GROUP, OWNER_USER, DUE, MEASURE);

    private ActionPart() {
    }
  }

  /** Values of {@link Variables#CONCERN_LEVEL}. */
  public static final class ConcernLevel {
    public static final String HIGHEST = "highest";
    public static final String HIGH = "high";
    public static final String MODERATE = "moderate";
    public static final String LOW = "low";
    public static final List<String> VALUES = List.of(HIGHEST, HIGH, MODERATE, LOW);

    private ConcernLevel() {
    }
  }

  /** Values of {@link Variables#DECISION}. */
  public static final class Decision {
    public static final String RESOLVED = "resolved";
    public static final String STAY = "stay";
    public static final String ESCALATE = "escalate";
    public static final List<String> VALUES = List.of(RESOLVED, STAY, ESCALATE);

    private Decision() {
    }
  }

  /** Values of {@link Variables#ACTION_DONE}. */
  public static final class ActionAnswer {
    public static final String DONE = "done";
    public static final String NOT_DONE = "not-done";
    public static final List<String> VALUES = List.of(DONE, NOT_DONE);

    private ActionAnswer() {
    }
  }

  /** The teams an action may be given to (the minutes form's choices). */
  public static final List<String> ACTION_TEAMS = List.of("cme-officer", "cme-panel", "cic-cmooe-group",
      "line-manager", "send-team-manager", "virtual-school-head", "line-of-sight", "qaro", "cme-manager",
      "social-care", "admissions", "send-ap", "tlp", "isend-admin", "legal-interventions");
}
