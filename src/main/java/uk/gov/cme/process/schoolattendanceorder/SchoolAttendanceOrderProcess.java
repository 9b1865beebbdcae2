package uk.gov.cme.process.schoolattendanceorder;

/**
 * The School Attendance Order (processes.md P5; Education Act 1996 ss437-447; rules.md R7, R10): the
 * BPMN's ids and variable names in one place. {@link Variables} is also the contract for starting
 * {@value #KEY} from another process (business key: the case reference).
 */
public final class SchoolAttendanceOrderProcess {

  public static final String KEY = "school-attendance-order";

  private SchoolAttendanceOrderProcess() {
  }

  /** Flow node ids in processes/school-attendance-order.bpmn. */
  public static final class Elements {
    public static final String EVENT_SAO_STARTED = "Event_SaoStarted";
    public static final String TASK_SERVE_S437_NOTICE = "Task_ServeS437Notice";

    private Elements() {
    }
  }

  /** Process variables: one meaning in every process (data.md). */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    /** Why the order is sought: one of {@link Trigger}. */
    public static final String SAO_TRIGGER = "saoTrigger";
    /** Optional free text from the starting process or officer. */
    public static final String SAO_TRIGGER_DETAILS = "saoTriggerDetails";
    public static final String SERVICE_METHOD = "serviceMethod";
    public static final String NOTICE_SENT_ON = "noticeSentOn";

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
