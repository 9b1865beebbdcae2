package uk.gov.cme.process.schoolattendanceorder;

/**
 * The School Attendance Order (processes.md P5; Education Act 1996 ss437-447; rules.md R7, R10): the
 * BPMN's ids and variable names in one place. {@link Variables} is also the contract for starting
 * {@value #KEY} from another process (business key: the case reference) and for the messages
 * {@value #MESSAGE_ORDER_AMENDED} and {@value #MESSAGE_ORDER_ENDED}.
 */
public final class SchoolAttendanceOrderProcess {

  public static final String KEY = "school-attendance-order";
  /** Message (variables {@code namedSchoolUrn}, {@code namedSchoolName}, {@code orderId} = the new order row). */
  public static final String MESSAGE_ORDER_AMENDED = "SaoOrderAmended";
  /** Message (variable {@code saoEndReason}: {@code REVOKED} or {@code LEFT_AREA}). */
  public static final String MESSAGE_ORDER_ENDED = "SaoOrderEnded";
  /**
   * Message the order receives when another of the case's processes closed the case: it ends, and so
   * does an order in force ({@code ProcessesEndWithTheirCase}).
   */
  public static final String MESSAGE_CASE_CLOSED_ELSEWHERE = "CaseClosedElsewhere";
  /** Called processes of other pieces: the named school's task instance and the enforcement. */
  public static final String NAMED_SCHOOL_KEY = "sao-named-school";
  public static final String PROSECUTION_KEY = "sao-prosecution";

  private SchoolAttendanceOrderProcess() {
  }

  /** Flow node ids in processes/school-attendance-order.bpmn. */
  public static final class Elements {
    public static final String EVENT_SAO_STARTED = "Event_SaoStarted";
    public static final String TASK_RECORD_SAO_START = "Task_RecordSaoStart";
    public static final String TASK_AGREE_EHCP_ROUTE = "Task_AgreeEhcpRoute";
    public static final String EVENT_OTHER_ROUTE_AGREED = "Event_OtherRouteAgreed";
    public static final String TASK_SERVE_S437_NOTICE = "Task_ServeS437Notice";
    public static final String TASK_MAKE_S437_NOTICE = "Task_MakeS437Notice";
    public static final String TASK_EMAIL_S437_NOTICE = "Task_EmailS437Notice";
    public static final String TASK_RECORD_NOTICE_RESPONSE = "Task_RecordNoticeResponse";
    public static final String EVENT_NOTICE_DEADLINE_PASSED = "Event_NoticeDeadlinePassed";
    public static final String TASK_CLOSE_EDUCATION_SHOWN = "Task_CloseEducationShown";
    public static final String EVENT_EDUCATION_SHOWN = "Event_EducationShown";
    public static final String TASK_SELECT_SCHOOL = "Task_SelectSchool";
    public static final String TASK_MAKE_CONSULTATION = "Task_MakeConsultation";
    public static final String EVENT_GOVERNING_BODY_PERIOD_ENDED = "Event_GoverningBodyPeriodEnded";
    public static final String TASK_RECORD_GOVERNING_BODY_RESPONSE = "Task_RecordGoverningBodyResponse";
    public static final String TASK_SERVE_S438_NOTICE = "Task_ServeS438Notice";
    public static final String TASK_MAKE_S438_NOTICE = "Task_MakeS438Notice";
    public static final String TASK_EMAIL_S438_NOTICE = "Task_EmailS438Notice";
    public static final String TASK_RECORD_PARENT_CHOICE = "Task_RecordParentChoice";
    public static final String EVENT_CHOICE_PERIOD_ENDED = "Event_ChoicePeriodEnded";
    public static final String TASK_ISSUE_ORDER = "Task_IssueOrder";
    public static final String TASK_MAKE_ORDER = "Task_MakeOrder";
    public static final String TASK_EMAIL_ORDER = "Task_EmailOrder";
    public static final String SUB_PROCESS_ORDER_IN_FORCE = "SubProcess_OrderInForce";
    public static final String TASK_NAMED_SCHOOL = "Task_NamedSchool";
    public static final String TASK_HOME_VISIT = "Task_HomeVisit";
    public static final String TASK_ENFORCE_ORDER = "Task_EnforceOrder";
    public static final String EVENT_ORDER_AMENDED = "Event_OrderAmended";
    public static final String EVENT_ORDER_ENDED = "Event_OrderEnded";
    public static final String TASK_RECORD_AMENDED_ORDER = "Task_RecordAmendedOrder";
    public static final String TASK_CLOSE_ORDER_ENDED = "Task_CloseOrderEnded";
    public static final String EVENT_ORDER_ENDED_CLOSED = "Event_OrderEndedClosed";
    public static final String TASK_CLOSE_COMPLIED = "Task_CloseComplied";
    public static final String EVENT_CLOSED_COMPLIED = "Event_ClosedComplied";
    public static final String TASK_START_NEW_CYCLE = "Task_StartNewCycle";
    public static final String TASK_CLOSE_ENFORCED = "Task_CloseEnforced";
    public static final String EVENT_CLOSED_ENFORCED = "Event_ClosedEnforced";
    public static final String EVENT_COMPULSORY_SCHOOL_AGE_ENDED = "Event_CompulsorySchoolAgeEnded";
    public static final String TASK_CLOSE_COMPULSORY_SCHOOL_AGE = "Task_CloseCompulsorySchoolAge";
    public static final String EVENT_CLOSED_COMPULSORY_SCHOOL_AGE = "Event_ClosedCompulsorySchoolAge";
    public static final String EVENT_CASE_CLOSED_ELSEWHERE = "Event_CaseClosedElsewhere";
    public static final String TASK_END_ORDER_WITH_CASE = "Task_EndOrderWithCase";
    public static final String EVENT_ENDED_WITH_CASE = "Event_SaoEndedWithCase";
    public static final String EVENT_SAFEGUARDING_CONCERN_RAISED = "Event_SafeguardingConcernRaised";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";

    private Elements() {
    }
  }

  /** Process variables: one meaning in every process (data.md). */
  public static final class Variables {
    // --- given at the start ---------------------------------------------------------------------
    public static final String CASE_REFERENCE = "caseReference";
    /** Why the order is sought: one of {@link Trigger}. */
    public static final String SAO_TRIGGER = "saoTrigger";
    /** Optional free text from the starting process or officer. */
    public static final String SAO_TRIGGER_DETAILS = "saoTriggerDetails";
    public static final String HAS_EHCP = "hasEhcp";
    public static final String STARTED_BY = "startedBy";
    // --- the child (from the case) ----------------------------------------------------------------
    public static final String CHILD_FORENAME = "childForename";
    public static final String CHILD_SURNAME = "childSurname";
    public static final String CHILD_NAME = "childName";
    /** yyyy-mm-dd. */
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    // --- EHCP route (s441) -------------------------------------------------------------------------
    public static final String EHCP_ROUTE = "ehcpRoute";
    public static final String EHCP_SCHOOL_URN = "ehcpSchoolUrn";
    public static final String EHCP_SCHOOL_NAME = "ehcpSchoolName";
    // --- the parents and service -------------------------------------------------------------------
    public static final String PARENT1_NAME = "parent1Name";
    public static final String PARENT1_ADDRESS = "parent1Address";
    public static final String PARENT1_PHONE = "parent1Phone";
    public static final String PARENT2_NAME = "parent2Name";
    public static final String PARENT2_ADDRESS = "parent2Address";
    public static final String PARENT_EMAIL = "parentEmail";
    /** Integer: 1 or 2, how many letters each notice needs. */
    public static final String PARENT_COUNT = "parentCount";
    public static final String NOTICE_SENT_ON = "noticeSentOn";
    public static final String SERVICE_METHOD = "serviceMethod";
    /** Date: start of the day of deemed service of the last notice served (London). */
    public static final String NOTICE_DEEMED_SERVED_AT = "noticeDeemedServedAt";
    /** yyyy-mm-dd: the deadline of the last notice or order served (the register's). */
    public static final String NOTICE_DEADLINE_ON = "noticeDeadlineOn";
    /** Who served the last notice (the letters' "made by"). */
    public static final String NOTICE_SERVED_BY = "noticeServedBy";
    /** Comma-separated register row ids of the last notice, one per parent (the letters attach to them). */
    public static final String NOTICE_IDS = "noticeIds";
    /** Long: each parent's stored letter of the last notice or order made (emailed where the parents agreed). */
    public static final String PARENT1_LETTER_ID = "parent1LetterId";
    public static final String PARENT2_LETTER_ID = "parent2LetterId";
    public static final String NOTICE_RESPONSE = "noticeResponse";
    // --- school selection -------------------------------------------------------------------------
    public static final String EXCLUDED_SCHOOL_URNS = "excludedSchoolUrns";
    public static final String SELECTED_SCHOOL_URN = "selectedSchoolUrn";
    public static final String SELECTED_SCHOOL_NAME = "selectedSchoolName";
    /** One school a line: "URN, name". */
    public static final String ALTERNATIVE_SCHOOLS = "alternativeSchools";
    public static final String GOVERNING_BODY_CONSULTED_ON = "governingBodyConsultedOn";
    public static final String GOVERNING_BODY_CONSULTED_AT = "governingBodyConsultedAt";
    public static final String GOVERNING_BODY_APPLICATION_DUE_ON = "governingBodyApplicationDueOn";
    public static final String SCHOOL_SELECTED_BY = "schoolSelectedBy";
    public static final String GOVERNING_BODY_APPLIED = "governingBodyApplied";
    public static final String SECRETARY_OF_STATE_DIRECTION = "secretaryOfStateDirection";
    public static final String DIRECTED_SCHOOL_URN = "directedSchoolUrn";
    public static final String DIRECTED_SCHOOL_NAME = "directedSchoolName";
    public static final String PARENT_CHOICE = "parentChoice";
    public static final String CHOSEN_SCHOOL_URN = "chosenSchoolUrn";
    public static final String CHOSEN_SCHOOL_NAME = "chosenSchoolName";
    // --- the order --------------------------------------------------------------------------------
    public static final String NAMED_SCHOOL_URN = "namedSchoolUrn";
    public static final String NAMED_SCHOOL_NAME = "namedSchoolName";
    /** Long: the register row of the order in force. */
    public static final String ORDER_ID = "orderId";
    /** yyyy-mm-dd. */
    public static final String ORDER_ISSUED_ON = "orderIssuedOn";
    /** Date: start of the day of issue (London), for the home visit's due date. */
    public static final String ORDER_ISSUED_AT = "orderIssuedAt";
    /** Integer: 1 at first, +1 for each new notice cycle after a conviction. */
    public static final String SAO_CYCLE = "saoCycle";
    /** Long: the earlier cycle's order, linked from the new cycle's s437(1) notice. */
    public static final String PREVIOUS_ORDER_ID = "previousOrderId";
    public static final String HOME_VISIT_ON = "homeVisitOn";
    // --- written back by the called processes and the messages -------------------------------------
    public static final String NAMED_SCHOOL_OUTCOME = "namedSchoolOutcome";
    public static final String START_DATE = "startDate";
    public static final String SCHOOL_ACTIONS = "schoolActions";
    public static final String ENFORCEMENT_OUTCOME = "enforcementOutcome";
    public static final String NEW_CYCLE_NEEDED = "newCycleNeeded";
    public static final String SAO_END_REASON = "saoEndReason";
    // --- inputs of the closing step -----------------------------------------------------------------
    public static final String SAO_OUTCOME_CODE = "saoOutcomeCode";

    private Variables() {
    }
  }

  /** Values of {@link Variables#SAO_TRIGGER}. */
  public static final class Trigger {
    public static final String EHE_FAILED = "EHE_FAILED";
    public static final String EHE_SAFEGUARDING_RISK = "EHE_SAFEGUARDING_RISK";
    public static final String PLACE_REFUSED = "PLACE_REFUSED";
    public static final String OFFICER_START = "OFFICER_START";

    private Trigger() {
    }
  }
}
