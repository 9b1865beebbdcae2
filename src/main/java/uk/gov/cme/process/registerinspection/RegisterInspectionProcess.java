package uk.gov.cme.process.registerinspection;

import java.util.List;

/**
 * Register inspection, CME element (issue 13; processes.md P7 and P3 step 2; seed 002 §3.3, App. 5): the ids
 * of processes/register-inspection.bpmn, of the two school-scoped processes it calls
 * (register-inspection-return, register-inspection-notification) and of the daily schedule
 * (register-inspection-schedule), in one place.
 */
public final class RegisterInspectionProcess {

  public static final String KEY = "register-inspection";
  /** The school's own instance: it compares the lists with its admission register. */
  public static final String RETURN_KEY = "register-inspection-return";
  /** The school's own instance: it sends an off-roll notification it owes. */
  public static final String NOTIFICATION_KEY = "register-inspection-notification";
  /** The daily timer that starts the inspections due. */
  public static final String SCHEDULE_KEY = "register-inspection-schedule";

  /** How many findings one form takes (fixed slots: Tasklist 7.24 forms have no dynamic lists). */
  public static final int FINDING_SLOTS = 5;

  private RegisterInspectionProcess() {
  }

  /** Flow node ids. */
  public static final class Elements {
    public static final String START = "Event_InspectionStarted";
    public static final String GATEWAY_WHY = "Gateway_WhyStarted";
    public static final String TASK_COUNT_DELETIONS = "Task_CountDeletions";
    public static final String TASK_ASSESS_CONCERN = "Task_AssessOffRollingConcern";
    public static final String GATEWAY_CONCERN = "Gateway_OffRollingConcern";
    public static final String END_NO_CONCERN = "Event_NoConcern";
    public static final String TASK_OPEN = "Task_OpenInspection";
    public static final String GATEWAY_ALREADY = "Gateway_AlreadyInspecting";
    public static final String END_ALREADY = "Event_AlreadyInspecting";
    public static final String TASK_PLAN = "Task_PlanInspection";
    public static final String GATEWAY_WHO = "Gateway_WhoCompares";
    public static final String TASK_SCHOOL_RETURN = "Task_SchoolReturn";
    public static final String TASK_RECORD_VISIT = "Task_RecordVisit";
    public static final String TASK_REFER = "Task_ReferChildren";
    public static final String TASK_REFER_CHILD = "Task_ReferChild";
    public static final String TASK_ASK_NOTIFICATIONS = "Task_AskForNotifications";
    public static final String TASK_MAKE_FINDINGS = "Task_MakeFindings";
    public static final String END = "Event_InspectionEnded";
    /** register-inspection-return. */
    public static final String TASK_COMPARE_LISTS = "Task_CompareLists";
    /** register-inspection-notification. */
    public static final String TASK_SEND_NOTIFICATION = "Task_SendOffRollNotification";
    /** register-inspection-schedule. */
    public static final String TASK_START_DUE = "Task_StartDueInspections";
    public static final String END_SCHEDULE = "Event_DueInspectionsStarted";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    public static final String SCHOOL_URN = "schoolUrn";
    public static final String SCHOOL_NAME = "schoolName";
    /** String, one of {@link Trigger}. */
    public static final String TRIGGER = "inspectionTrigger";
    public static final String REASON = "inspectionReason";
    /** Long: the off-roll notification whose recording asked for the off-rolling check. */
    public static final String NOTIFICATION_ID = "offRollNotificationId";
    /** Map (singleResult of the off-rolling-concern table). */
    public static final String ASSESSMENT = "offRollingAssessment";
    /** Long: the row in the register of inspections. */
    public static final String INSPECTION_ID = "inspectionId";
    /** String: "INSPECTION-&lt;id&gt;", the reference the school and the record of findings show. */
    public static final String INSPECTION_REFERENCE = "inspectionReference";
    /** Boolean: an inspection of the school was already running (the new start adds to nothing). */
    public static final String ALREADY = "alreadyInspecting";
    public static final String ALLOCATED_TEXT = "allocatedListText";
    public static final String OFF_ROLL_TEXT = "offRollListText";
    /** JSON: the Allocated children as a select's options (label, value = case reference). */
    public static final String ALLOCATED_CHOICES = "allocatedChoices";
    /** JSON: the Allocated children (case reference, names, date of birth), for the referrals. */
    public static final String ALLOCATED_CHILDREN = "allocatedChildren";
    public static final String ALLOCATED_COUNT = "allocatedCount";
    public static final String OFF_ROLL_COUNT = "offRollCount";
    /** String: {@value #COMPARED_BY_SCHOOL} or {@value #COMPARED_AT_VISIT}. */
    public static final String COMPARED_BY = "comparedBy";
    public static final String COMPARED_BY_SCHOOL = "school";
    public static final String COMPARED_AT_VISIT = "visit";
    public static final String NOTES = "findingsNotes";
    public static final String SUMMARY = "findingsSummary";
    public static final String NEXT_DUE = "nextDueDate";
    /** The slot number (String, "1" to "5") of one finding in a multi-instance step. */
    public static final String SLOT = "findingSlot";

    private Variables() {
    }

    /** The variable of one field of finding slot {@code n}: {@code finding2Kind}. */
    public static String slot(int n, String field) {
      return "finding" + n + field;
    }
  }

  /** The fields of a finding slot. */
  public static final class Slot {
    public static final String KIND = "Kind";
    public static final String CASE = "Case";
    public static final String FORENAME = "Forename";
    public static final String SURNAME = "Surname";
    public static final String DATE_OF_BIRTH = "DateOfBirth";
    public static final String DETAILS = "Details";
    public static final List<String> FIELDS = List.of(KIND, CASE, FORENAME, SURNAME, DATE_OF_BIRTH, DETAILS);

    private Slot() {
    }
  }

  /** Values of a finding's kind (seed 002 App. 5). */
  public static final class Kind {
    public static final String OFF_ROLLED_NO_NOTIFICATION = "off-rolled-no-notification";
    public static final String ALLOCATED_NOT_STARTED = "allocated-not-started";
    public static final String PART_TIME = "part-time-timetable";

    private Kind() {
    }
  }

  /** Values of {@link Variables#TRIGGER}. */
  public enum Trigger {
    /** The daily schedule found the school due. */
    SCHEDULE,
    /** An off-roll notification was recorded: check the school's notifications for off-rolling first. */
    OFF_ROLL_NOTIFICATION,
    /** A CME officer started it. */
    OFFICER
  }
}
