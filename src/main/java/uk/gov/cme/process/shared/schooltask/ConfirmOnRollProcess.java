package uk.gov.cme.process.shared.schooltask;

/**
 * School task: the allocated school confirms the child is on roll ({@code confirm-on-roll}), called by
 * an LA process for the school in its {@code schoolUrn} input. The BPMN's ids and variables in one place.
 */
public final class ConfirmOnRollProcess {

  public static final String KEY = "confirm-on-roll";

  private ConfirmOnRollProcess() {
  }

  /** Flow node ids in processes/shared/confirm-on-roll.bpmn. */
  public static final class Elements {
    public static final String EVENT_PLACE_ALLOCATED = "Event_PlaceAllocated";
    public static final String TASK_CONFIRM_ON_ROLL = "Task_ConfirmOnRoll";
    public static final String EVENT_ON_ROLL_ANSWERED = "Event_OnRollAnswered";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";

    private Elements() {
    }
  }

  /** What the calling process passes in (and nothing else) and what it reads back. */
  public static final class Variables {
    public static final String SCHOOL_URN = "schoolUrn";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_NAME = "childName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String PLACE_START_DATE = "placeStartDate";
    /** Out: {@code on-roll} or {@code parents-refuse}. */
    public static final String ON_ROLL_OUTCOME = "onRollOutcome";
    /** Out: the first day the child attended (yyyy-mm-dd). */
    public static final String FIRST_DAY_ATTENDED = "firstDayAttended";
    /** Out: what the parents said, when they refuse the place. */
    public static final String REFUSAL_DETAILS = "refusalDetails";

    private Variables() {
    }
  }
}
