package uk.gov.cme.process.caseupdates;

/**
 * The case's own updates to its referrers and to the child's social worker ({@code case-updates}):
 * the BPMN's ids, messages and variable names in one place. One instance per case, started and ended
 * by {@link CaseUpdates} as the case register opens, changes and closes the case.
 */
public final class CaseUpdatesProcess {

  public static final String KEY = "case-updates";
  /** Message: the case was closed (variables {@link Variables#OUTCOME}, {@link Variables#OUTCOME_CODE}, {@link Variables#EDUCATION_STATUS}). */
  public static final String MESSAGE_CASE_CLOSED = "CaseClosed";
  /** Message: the case was merged into the child's open case; the updates go on there. */
  public static final String MESSAGE_CASE_MERGED = "CaseMerged";
  /** Message: the child's education status changed (variable {@link Variables#EDUCATION_STATUS}). */
  public static final String MESSAGE_EDUCATION_STATUS_CHANGED = "EducationStatusChanged";

  private CaseUpdatesProcess() {
  }

  /** Flow node ids in processes/case-updates.bpmn. */
  public static final class Elements {
    public static final String EVENT_CASE_OPENED = "Event_CaseOpened";
    public static final String EVENT_NEXT_HALF_TERM = "Event_NextHalfTerm";
    public static final String GATEWAY_CASE_STILL_OPEN = "Gateway_CaseStillOpen";
    public static final String EVENT_CASE_NO_LONGER_OPEN = "Event_CaseNoLongerOpen";
    public static final String TASK_SEND_HALF_TERMLY_UPDATES = "Task_SendHalfTermlyUpdates";
    public static final String EVENT_CASE_CLOSED = "Event_CaseClosed";
    public static final String TASK_TELL_REFERRERS_CLOSED = "Task_TellReferrersClosed";
    public static final String TASK_TELL_SOCIAL_WORKER_CLOSED = "Task_TellSocialWorkerClosed";
    public static final String EVENT_UPDATES_ENDED = "Event_UpdatesEnded";
    public static final String EVENT_EDUCATION_STATUS_CHANGED = "Event_EducationStatusChanged";
    public static final String TASK_TELL_SOCIAL_WORKER = "Task_TellSocialWorker";
    public static final String EVENT_SOCIAL_WORKER_TOLD = "Event_SocialWorkerTold";
    public static final String EVENT_CASE_MERGED = "Event_CaseMerged";
    public static final String EVENT_UPDATES_MOVED = "Event_UpdatesMoved";

    private Elements() {
    }
  }

  /** Process variables. None is personal data but the child's initials, which every email carries. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CHILD_INITIALS = "childInitials";
    /** The closing outcome in words, for the referrers' email. */
    public static final String OUTCOME = "outcome";
    /** The closing outcome's code (an {@code OutcomeCode} name). */
    public static final String OUTCOME_CODE = "outcomeCode";
    /** The change of education status in words, for the social worker's email. */
    public static final String EDUCATION_STATUS = "educationStatus";

    private Variables() {
    }
  }
}
