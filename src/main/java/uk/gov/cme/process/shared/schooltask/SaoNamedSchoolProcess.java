package uk.gov.cme.process.shared.schooltask;

/**
 * School task: the school named in a School Attendance Order admits the child ({@code sao-named-school}):
 * keeps a place, holds the pre-admission meeting, records the first day and monitors attendance. Called
 * by the School Attendance Order for the school in its {@code schoolUrn} input. The BPMN's ids and
 * variables in one place.
 */
public final class SaoNamedSchoolProcess {

  public static final String KEY = "sao-named-school";

  private SaoNamedSchoolProcess() {
  }

  /** Flow node ids in processes/shared/sao-named-school.bpmn. */
  public static final class Elements {
    public static final String EVENT_ORDER_ISSUED = "Event_OrderIssued";
    public static final String TASK_ARRANGE_MEETING = "Task_ArrangeMeeting";
    public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
    public static final String GATEWAY_PARENT_ATTENDED = "Gateway_ParentAttended";
    public static final String EVENT_PARENT_DID_NOT_ATTEND = "Event_ParentDidNotAttend";
    public static final String TASK_RECORD_FIRST_DAY = "Task_RecordFirstDay";
    public static final String GATEWAY_FIRST_DAY_ATTENDED = "Gateway_FirstDayAttended";
    public static final String EVENT_CHILD_DID_NOT_ATTEND = "Event_ChildDidNotAttend";
    public static final String TASK_MONITOR_ATTENDANCE = "Task_MonitorAttendance";
    public static final String EVENT_MONITORING_ENDED = "Event_MonitoringEnded";
    public static final String EVENT_STOPPED_DURING_MONITORING = "Event_StoppedDuringMonitoring";
    public static final String TASK_CONFIRM_ATTENDANCE = "Task_ConfirmAttendance";
    public static final String GATEWAY_STILL_ATTENDING = "Gateway_StillAttending";
    public static final String EVENT_ORDER_COMPLIED = "Event_OrderComplied";
    public static final String EVENT_STOPPED_ATTENDING = "Event_StoppedAttending";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";

    private Elements() {
    }
  }

  /** What the School Attendance Order passes in (and nothing else), what the forms add, and what goes back. */
  public static final class Variables {
    // in: the call activity's explicit camunda:in mappings (docs/processes/sao-named-school.md)
    public static final String CASE_REFERENCE = "caseReference";
    public static final String SCHOOL_URN = "schoolUrn";
    public static final String CHILD_FORENAME = "childForename";
    public static final String CHILD_SURNAME = "childSurname";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String PARENT1_NAME = "parent1Name";
    public static final String PARENT1_PHONE = "parent1Phone";
    public static final String PARENT1_ADDRESS = "parent1Address";
    /** The day the order was issued (yyyy-mm-dd). */
    public static final String ORDER_ISSUED_ON = "orderIssuedOn";

    /** All the inputs, in the order of the call activity's mappings. */
    public static final java.util.List<String> INPUTS = java.util.List.of(CASE_REFERENCE, SCHOOL_URN, CHILD_FORENAME,
        CHILD_SURNAME, DATE_OF_BIRTH, PARENT1_NAME, PARENT1_PHONE, PARENT1_ADDRESS, ORDER_ISSUED_ON);

    // the forms' fields
    public static final String MEETING_DATE = "meetingDate";
    public static final String MEETING_ARRANGEMENTS = "meetingArrangements";
    /** {@code yes} or {@code no}. */
    public static final String PARENT_ATTENDED_MEETING = "parentAttendedMeeting";
    /** {@code yes} or {@code no}. */
    public static final String CHILD_ATTENDED_FIRST_DAY = "childAttendedFirstDay";
    public static final String HOME_VISIT = "homeVisit";
    public static final String POLICE_WELFARE_CHECK = "policeWelfareCheck";
    public static final String ATTENDANCE_PROCEDURES = "attendanceProcedures";
    public static final String ESBAS_REFERRAL = "esbasReferral";
    public static final String LAST_DAY_ATTENDED = "lastDayAttended";
    /** {@code yes} or {@code no}. */
    public static final String STILL_ATTENDING = "stillAttending";

    // worked out for the due dates and the timer
    /** Close of business on the meeting day: the due date of "Record the pre-admission meeting". */
    public static final String MEETING_DUE_AT = "meetingDueAt";
    /** Close of business on the start date: the first day's due date and where monitoring counts from. */
    public static final String FIRST_DAY_DUE_AT = "firstDayDueAt";

    // out: the call activity's explicit camunda:out mappings
    /** Out: a {@link Outcome} name. */
    public static final String NAMED_SCHOOL_OUTCOME = "namedSchoolOutcome";
    /** Out: the agreed start date (yyyy-mm-dd), or null when the parent did not come to the meeting. */
    public static final String START_DATE = "startDate";
    /** Out: what the school did when the parent or the child did not come, or the child stopped attending. */
    public static final String SCHOOL_ACTIONS = "schoolActions";

    private Variables() {
    }
  }

  /** The answers of a yes-or-no question on the forms. */
  public static final String YES = "yes";
  public static final String NO = "no";

  /** What the named school's instance ends with ({@code namedSchoolOutcome}). */
  public enum Outcome {
    COMPLIED, PARENT_DID_NOT_ATTEND_PAM, CHILD_DID_NOT_ATTEND_FIRST_DAY, STOPPED_ATTENDING
  }
}
