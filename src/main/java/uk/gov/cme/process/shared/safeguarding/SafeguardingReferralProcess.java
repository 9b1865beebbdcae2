package uk.gov.cme.process.shared.safeguarding;

/** The safeguarding referral building block: ids of the BPMN model in one place. */
public final class SafeguardingReferralProcess {

  public static final String KEY = "safeguarding-referral";

  private SafeguardingReferralProcess() {
  }

  /** Flow node ids in processes/shared/safeguarding-referral.bpmn. */
  public static final class Elements {
    public static final String START = "Event_ConcernRaised";
    public static final String TASK_RECORD_CONCERN = "Task_RecordConcern";
    public static final String TASK_MAKE_REFERRAL = "Task_MakeInterAgencyReferral";
    public static final String TIMER_REFERRAL_OVERDUE = "Event_ReferralOverdue";
    public static final String TASK_FOLLOW_UP_OVERDUE = "Task_FollowUpOverdueReferral";
    public static final String END_REFERRAL_MADE = "Event_ReferralMade";
    public static final String END_SOCIAL_WORKER_INFORMED = "Event_SocialWorkerInformed";
    public static final String END_THRESHOLD_NOT_MET = "Event_ThresholdNotMet";
    public static final String END_OVERDUE_FOLLOWED_UP = "Event_OverdueFollowedUp";

    private Elements() {
    }
  }

  /** Process variables; a caller (call activity) passes the child's details in under these names. */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String LEGAL_FORENAME = "legalForename";
    public static final String LEGAL_SURNAME = "legalSurname";
    public static final String CHILD_NAME = "childName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String CONCERN_DETAILS = "concernDetails";
    public static final String CONCERN_RAISED_BY = "concernRaisedBy";
    public static final String CONCERN_RAISED_AT = "concernRaisedAt";
    public static final String REFERRAL_OUTCOME = "referralOutcome";

    private Variables() {
    }
  }

  /** Values of {@link Variables#REFERRAL_OUTCOME}, chosen on the referral form. */
  public static final class Outcomes {
    public static final String IARF_SUBMITTED = "iarf-submitted";
    public static final String SOCIAL_WORKER_INFORMED = "social-worker-informed";
    public static final String THRESHOLD_NOT_MET = "threshold-not-met";

    private Outcomes() {
    }
  }
}
