package uk.gov.cme.process.escalation;

/**
 * Three-stage escalation and the CMOOE Action Group (processes.md P8; seeds 000, 004; issue 11): the
 * BPMN's ids and variable names in one place. {@link Variables} is also the contract for starting
 * {@value #KEY} from another process or a start form: business key and {@code caseReference} the
 * child's case (or, from an off-roll notification of a child with no case, no case: the process finds
 * or opens the child's case), {@link Variables#TRIGGER} one of {@link EscalationTrigger} and
 * {@link Variables#TRIGGER_DETAILS} a short plain-English reason. One escalation per case at a time: an
 * instance started while another runs for the case joins it (the trigger is recorded on the running
 * one) and ends at once.
 */
public final class EscalationProcess {

  public static final String KEY = "escalation";

  private EscalationProcess() {
  }

  /** Variables of the start contract. */
  public static final class Variables {
    /** String: the case reference (also the business key). */
    public static final String CASE_REFERENCE = "caseReference";
    /** String: {@link EscalationTrigger#name()}. */
    public static final String TRIGGER = "escalationTrigger";
    /** String: why, in plain English, without the child's personal details (e.g. "No progress since 3 March 2027"). */
    public static final String TRIGGER_DETAILS = "escalationTriggerDetails";

    private Variables() {
    }
  }
}
