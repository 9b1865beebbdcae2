package uk.gov.cme.process.shared.schooltask;

/**
 * School task: the school keeps a pupil on roll because the LA refused consent to deletion
 * ({@code keep-pupil-on-roll}), called by the EHE check for the school in its {@code schoolUrn} input.
 */
public final class KeepPupilOnRollProcess {

  public static final String KEY = "keep-pupil-on-roll";

  private KeepPupilOnRollProcess() {
  }

  /** Flow node ids in processes/shared/keep-pupil-on-roll.bpmn. */
  public static final class Elements {
    public static final String EVENT_CONSENT_REFUSED = "Event_ConsentRefused";
    public static final String TASK_KEEP_PUPIL_ON_ROLL = "Task_KeepPupilOnRoll";
    public static final String EVENT_SCHOOL_ACTED = "Event_SchoolActed";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";

    private Elements() {
    }
  }

  /** What the EHE check passes in and reads back. */
  public static final class Variables {
    public static final String SCHOOL_URN = "schoolUrn";
    public static final String LA_CONSENT_REASON = "laConsentReason";
    /** Out: the day the school told the parents. */
    public static final String PARENTS_TOLD_ON = "parentsToldOn";
    /** Out: what the school has done. */
    public static final String SCHOOL_ACTIONS = "schoolActions";

    private Variables() {
    }
  }
}
