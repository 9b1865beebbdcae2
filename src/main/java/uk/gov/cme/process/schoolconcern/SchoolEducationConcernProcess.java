package uk.gov.cme.process.schoolconcern;

/**
 * A school's concern about its own pupil's education (issue 11, trigger 2: a practitioner's concern that
 * the child's education is not safe and suitable): ids of processes/school-education-concern.bpmn in one
 * place. A school-scoped instance: it holds what the school's form showed and nothing of the escalation
 * it hands the case to.
 */
public final class SchoolEducationConcernProcess {

  public static final String KEY = "school-education-concern";

  private SchoolEducationConcernProcess() {
  }

  /** Flow node ids. */
  public static final class Elements {
    public static final String START = "Event_ConcernRaised";
    public static final String TASK_CHECK = "Task_CheckConcern";
    public static final String TASK_ESCALATE = "Task_EscalateConcern";
    public static final String END = "Event_ConcernPassedOn";

    private Elements() {
    }
  }

  /** The start form's fields and what the instance holds. */
  public static final class Variables {
    /** String: the case, as on the school's "My school's referrals"; also the business key. */
    public static final String CASE_REFERENCE = "caseReference";
    /** String: the school's concern, in its words (passed to the escalation under the same name). */
    public static final String CONCERN = "educationConcern";
    /** String: the user who raised it (the start event's initiator). */
    public static final String RAISED_BY = "raisedBy";

    private Variables() {
    }
  }
}
