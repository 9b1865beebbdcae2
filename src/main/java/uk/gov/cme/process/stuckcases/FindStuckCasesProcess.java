package uk.gov.cme.process.stuckcases;

/** Find stuck cases (issue 11, trigger 1): ids of processes/find-stuck-cases.bpmn in one place. */
public final class FindStuckCasesProcess {

  public static final String KEY = "find-stuck-cases";

  private FindStuckCasesProcess() {
  }

  /** Flow node ids. */
  public static final class Elements {
    public static final String START = "Event_EveryMorning";
    public static final String TASK_ESCALATE = "Task_EscalateStuckCases";
    public static final String END = "Event_StuckCasesEscalated";

    private Elements() {
    }
  }

  /** Process variables (written by the one step; case references only, no personal data). */
  public static final class Variables {
    /** String yyyy-mm-dd: a case with no progress since before this day is stuck. */
    public static final String NO_PROGRESS_SINCE = "noProgressSince";
    /** Integer: the open cases found with no progress since then. */
    public static final String FOUND = "stuckCasesFound";
    /** Integer: of those, the ones handed to a new escalation (the others had one running). */
    public static final String ESCALATED = "stuckCasesEscalated";

    private Variables() {
    }
  }
}
