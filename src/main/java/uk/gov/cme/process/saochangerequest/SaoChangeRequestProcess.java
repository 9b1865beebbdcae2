package uk.gov.cme.process.saochangerequest;

import java.util.List;

/**
 * A parent's request to change a School Attendance Order, or the end of the order because the child has
 * left the area (processes.md P5 "At any time"; Education Act 1996 s440, s442): the BPMN's ids and variable
 * names in one place. The School Attendance Order process ({@value #SAO_KEY}) is told of the change by the
 * messages {@value #MESSAGE_ORDER_AMENDED} and {@value #MESSAGE_ORDER_ENDED}.
 */
public final class SaoChangeRequestProcess {

  public static final String KEY = "sao-change-request";
  /** The process told of the change: the case's School Attendance Order instance (business key = case reference). */
  public static final String SAO_KEY = uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.KEY;
  /** Message to the SAO instance: the order now names another school (variables namedSchoolUrn, namedSchoolName, orderId). */
  public static final String MESSAGE_ORDER_AMENDED = "SaoOrderAmended";
  /** Message to the SAO instance: the order has ended (variable saoEndReason). */
  public static final String MESSAGE_ORDER_ENDED = "SaoOrderEnded";

  private SaoChangeRequestProcess() {
  }

  /** Flow node ids in processes/sao-change-request.bpmn. */
  public static final class Elements {
    public static final String EVENT_REQUEST_RECEIVED = "Event_ChangeRequestReceived";
    public static final String TASK_RECORD_REQUEST = "Task_RecordChangeRequest";
    public static final String TASK_DECIDE_REQUEST = "Task_DecideChangeRequest";
    public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
    public static final String TASK_MAKE_DECISION_LETTER = "Task_MakeDecisionLetter";
    public static final String EVENT_REQUEST_REFUSED = "Event_RequestRefused";
    public static final String TASK_CHANGE_REGISTER = "Task_ChangeOrderInRegister";
    public static final String TASK_TELL_ORDER_PROCESS = "Task_TellOrderProcess";
    public static final String EVENT_ORDER_CHANGED = "Event_OrderChanged";
    public static final String EVENT_SAFEGUARDING_CONCERN_RAISED = "Event_SafeguardingConcernRaised";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";
    public static final String EVENT_SAFEGUARDING_REFERRAL_STARTED = "Event_SafeguardingReferralStarted";

    private Elements() {
    }
  }

  /** Process variables (data.md "Notices and court"). */
  public static final class Variables {
    // --- the start form ----------------------------------------------------------------------------
    public static final String CASE_REFERENCE = "caseReference";
    /** {@link RequestType}. */
    public static final String REQUEST_TYPE = "requestType";
    /** yyyy-mm-dd: the day the request (or the news that the child left) reached the LA. */
    public static final String RECEIVED_ON = "receivedOn";
    /** The parent who asks (the decision letter is addressed to them). */
    public static final String PARENT_NAME = "parentName";
    public static final String PARENT_ADDRESS = "parentAddress";
    /** Amend: the URN of the school the parent asks to be named (from the schools file). */
    public static final String REQUESTED_SCHOOL_URN = "requestedSchoolUrn";
    /** Revoke: the arrangements for suitable education otherwise than at school. */
    public static final String ARRANGEMENT_DETAILS = "arrangementDetails";
    /** Left the area: where the child has gone (new address or local authority) and what shows it. */
    public static final String LEFT_AREA_DETAILS = "leftAreaDetails";
    // --- set by the process -------------------------------------------------------------------------
    public static final String RECEIVED_BY = "receivedBy";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_FORENAME = "childForename";
    public static final String CHILD_SURNAME = "childSurname";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    /** Long: the register row of the order in force when the request was received. */
    public static final String ORDER_ID = "orderId";
    public static final String NAMED_SCHOOL_URN = "namedSchoolUrn";
    public static final String NAMED_SCHOOL_NAME = "namedSchoolName";
    public static final String REQUESTED_SCHOOL_NAME = "requestedSchoolName";
    /** What is asked, in words, for the decision form. */
    public static final String REQUEST_SUMMARY = "requestSummary";
    // --- the decision --------------------------------------------------------------------------------
    /** {@link Decision}. */
    public static final String DECISION = "changeDecision";
    public static final String DECISION_REASONS = "decisionReasons";
    /** How the decision letter is served (ServiceMethod: BY_HAND, FIRST_CLASS_POST, EMAIL). */
    public static final String DECISION_SERVICE_METHOD = "decisionServiceMethod";
    public static final String DECIDED_BY = "decidedBy";
    /** Boolean: the decision as the letter and the gateway read it. */
    public static final String GRANTED = "letterGranted";
    public static final String LETTER_KIND = "decisionLetterKind";
    public static final String LETTER_SCHOOL_NAME = "letterSchoolName";
    public static final String LETTER_DEADLINE = "letterDeadline";
    public static final String LETTER_ID = "decisionLetterId";
    /** Long: the register row made by the change (the amended order; the revocation). */
    public static final String CHANGE_ROW_ID = "changeRowId";
    /** The reason sent with {@value SaoChangeRequestProcess#MESSAGE_ORDER_ENDED}: REVOKED or LEFT_AREA. */
    public static final String SAO_END_REASON = "saoEndReason";

    private Variables() {
    }
  }

  /** Values of {@link Variables#REQUEST_TYPE}. */
  public static final class RequestType {
    /** s440: name another school. */
    public static final String AMEND = "amend";
    /** s442: suitable education otherwise than at school is arranged. */
    public static final String REVOKE = "revoke";
    /** The child has left the LA's area: the order ends, no decision. */
    public static final String LEFT_AREA = "left-area";
    public static final List<String> VALUES = List.of(AMEND, REVOKE, LEFT_AREA);

    private RequestType() {
    }
  }

  /** Values of {@link Variables#DECISION}. */
  public static final class Decision {
    public static final String GRANTED = "granted";
    public static final String REFUSED = "refused";
    public static final List<String> VALUES = List.of(GRANTED, REFUSED);

    private Decision() {
    }
  }

  /** Values of {@link Variables#SAO_END_REASON}. */
  public static final class EndReason {
    public static final String REVOKED = "REVOKED";
    public static final String LEFT_AREA = "LEFT_AREA";

    private EndReason() {
    }
  }
}
