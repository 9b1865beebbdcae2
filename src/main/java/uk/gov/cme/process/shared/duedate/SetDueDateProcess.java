package uk.gov.cme.process.shared.duedate;

/** The set-due-date building block: ids of processes/shared/set-due-date.bpmn in one place. */
public final class SetDueDateProcess {

  public static final String KEY = "set-due-date";

  private SetDueDateProcess() {
  }

  /** Flow node ids. */
  public static final class Elements {
    public static final String START = "Event_DueDateProvisional";
    public static final String TASK_SET_DUE_DATE = "Task_SetDueDate";
    public static final String END_DUE_DATE_SET = "Event_DueDateSet";

    private Elements() {
    }
  }

  /** Process variables (no personal data: ids, dates and counts). */
  public static final class Variables {
    /** The instance whose task or timer has the provisional due date. */
    public static final String TARGET_PROCESS_INSTANCE = "targetProcessInstanceId";
    /** The process definition key of that instance. */
    public static final String TARGET_PROCESS = "targetProcessKey";
    /** {@code SCHOOL_DAYS} or {@code NEXT_HALF_TERM}. */
    public static final String DEADLINE_KIND = "deadlineKind";
    /** The day counted from, yyyy-mm-dd. */
    public static final String DEADLINE_FROM = "deadlineFrom";
    /** The number of school days (0 for the next half term). */
    public static final String DEADLINE_DAYS = "deadlineDays";
    /** The due date given provisionally. */
    public static final String PROVISIONAL_DUE_DATE = "provisionalDueDate";
    /** Why it was provisional: which file to extend. */
    public static final String REASON = "provisionalReason";
    /** Written: the exact due date. */
    public static final String DUE_DATE = "dueDate";
    /** Written: how many tasks and timers were given the exact due date. */
    public static final String TASKS_UPDATED = "tasksUpdated";
    public static final String TIMERS_UPDATED = "timersUpdated";

    private Variables() {
    }
  }
}
