package uk.gov.cme.process.ehecheck;

/**
 * The elective home education check (processes.md P4; seed 002 §5 TLP and §7): the BPMN's ids and
 * variable names in one place. {@link Variables} is also the contract for starting {@value #KEY} from
 * another process.
 */
public final class EheCheckProcess {

  public static final String KEY = "ehe-check";

  private EheCheckProcess() {
  }

  /** Flow node ids in processes/ehe-check.bpmn. */
  public static final class Elements {
    public static final String EVENT_NOTIFICATION_RECEIVED = "Event_EheNotificationReceived";
    public static final String TASK_RECORD_NOTIFICATION = "Task_RecordEheNotification";
    public static final String TASK_DECIDE_LA_CONSENT = "Task_DecideLaConsent";
    public static final String TASK_KEEP_PUPIL_ON_ROLL = "Task_KeepPupilOnRoll";
    public static final String EVENT_CONSENT_REFUSED = "Event_ConsentRefused";
    public static final String TASK_ASK_FAMILY_FOR_PROPOSAL = "Task_AskFamilyForProposal";
    public static final String TASK_CONSULT_EDUCATION = "Task_ConsultEducation";
    public static final String TASK_ASSESS_RISK_AT_PLAN_MEETING = "Task_AssessRiskAtPlanMeeting";
    public static final String TASK_DECIDE_CONTACT_MODE = "Task_DecideContactMode";
    public static final String TASK_RECORD_CONTACT_MODE = "Task_RecordContactMode";
    public static final String TASK_CONTACT_FAMILY = "Task_ContactFamily";
    public static final String TASK_RECORD_CONTACT_OUTCOME = "Task_RecordContactOutcome";
    public static final String EVENT_REVIEW_DATE = "Event_ReviewDate";
    public static final String TASK_REVIEW_HOME_EDUCATION = "Task_ReviewHomeEducation";
    public static final String EVENT_NO_LONGER_HOME_EDUCATED = "Event_NoLongerHomeEducated";
    public static final String TASK_START_SAO = "Task_StartSao";
    public static final String EVENT_HANDED_TO_SAO = "Event_HandedToSao";
    public static final String TASK_REFER_CME = "Task_ReferCme";
    public static final String EVENT_REFERRED_CME = "Event_ReferredCme";
    public static final String EVENT_SAFEGUARDING_CONCERN_RAISED = "Event_SafeguardingConcernRaised";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";
    public static final String EVENT_SAFEGUARDING_REFERRAL_STARTED = "Event_SafeguardingReferralStarted";

    private Elements() {
    }
  }

  /** Process variables: one meaning in every process (data.md). */
  public static final class Variables {
    // --- given at the start (start form, or the process that starts this one) -------------------
    public static final String CASE_REFERENCE = "caseReference";
    public static final String LEGAL_FORENAME = "legalForename";
    public static final String LEGAL_SURNAME = "legalSurname";
    public static final String PREFERRED_NAME = "preferredName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String UPN = "upn";
    public static final String ADDRESS = "address";
    public static final String POSTCODE = "postcode";
    public static final String SCHOOL_URN = "schoolUrn";
    public static final String LAST_SCHOOL_NAME = "lastSchoolName";
    public static final String HAS_EHCP = "hasEhcp";
    /** yyyy-mm-dd: the day of the parent's written notification of home education (ground (f)). */
    public static final String EHE_NOTIFICATION_DATE = "eheNotificationDate";
    /** Boolean: at a special school under arrangements made by the LA (LA consent before deletion, R6). */
    public static final String SPECIAL_SCHOOL_UNDER_LA_ARRANGEMENTS = "specialSchoolUnderLaArrangements";
    public static final String CHILD_PROTECTION_PLAN = "childProtectionPlan";
    public static final String CHILD_IN_NEED_PLAN = "childInNeedPlan";
    /** Boolean and string inputs of the contact-mode table ({@link EheContactModeDecision.Inputs}). */
    public static final String SEN = EheContactModeDecision.Inputs.SEN;
    public static final String VULNERABLE = EheContactModeDecision.Inputs.VULNERABLE;
    public static final String SOCIAL_CARE_INVOLVEMENT = EheContactModeDecision.Inputs.SOCIAL_CARE_INVOLVEMENT;
    public static final String ESBAS_INVOLVEMENT = EheContactModeDecision.Inputs.ESBAS_INVOLVEMENT;
    public static final String YEAR_GROUP = EheContactModeDecision.Inputs.YEAR_GROUP;
    public static final String SCHOOL_CONCERNS = EheContactModeDecision.Inputs.SCHOOL_CONCERNS;
    /** Integer: unanswered contact attempts before a CME referral; default the setting {@code cme.deadlines.ehe-contact-attempts} (3). */
    public static final String MAX_CONTACT_ATTEMPTS = "maxContactAttempts";
    // --- set by the process ------------------------------------------------------------------
    public static final String RECEIVED_AT = "receivedAt";
    public static final String RECEIVED_BY = "receivedBy";
    public static final String CHILD_NAME = "childName";
    public static final String COMPULSORY_SCHOOL_AGE = "compulsorySchoolAge";
    public static final String LA_CONSENT = "laConsent";
    public static final String LA_CONSENT_REASON = "laConsentReason";
    public static final String PLAN_DECISION = "planDecision";
    public static final String PLAN_DECISION_REASON = "planDecisionReason";
    public static final String CONTACT_MODE_RESULT = "contactModeResult";
    public static final String CONTACT_MODE = "contactMode";
    public static final String CONTACT_MODE_REASON = "contactModeReason";
    public static final String CONTACT_ATTEMPTS = "contactAttempts";
    public static final String CONTACT_OUTCOME = "contactOutcome";
    public static final String CONTACT_MADE_ON = "contactMadeOn";
    public static final String SUITABILITY_NOTES = "suitabilityNotes";
    /** yyyy-mm-dd, entered by TLP when the education is suitable. */
    public static final String REVIEW_DATE = "reviewDate";
    /** Date: when the review timer fires (09:00 London on {@link #REVIEW_DATE}). */
    public static final String REVIEW_DUE = "reviewDue";
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    private Variables() {
    }
  }

  /** Values of {@link Variables#LA_CONSENT}. */
  public static final class LaConsent {
    public static final String GIVEN = "given";
    public static final String REFUSED = "refused";

    private LaConsent() {
    }
  }

  /** Values of {@link Variables#PLAN_DECISION} (seed 002 §7.4). */
  public static final class PlanDecision {
    public static final String CONTINUE = "continue";
    public static final String GREATER_SAFEGUARDING_RISK = "greater-safeguarding-risk";

    private PlanDecision() {
    }
  }

  /** Values of {@link Variables#CONTACT_OUTCOME}. */
  public static final class ContactOutcome {
    public static final String SUITABLE = "suitable";
    public static final String UNSUITABLE = "unsuitable";
    public static final String NO_RESPONSE = "no-response";

    private ContactOutcome() {
    }
  }

  /** Values of {@link Variables#REVIEW_OUTCOME}. */
  public static final class ReviewOutcome {
    public static final String JUDGE_AGAIN = "judge-again";
    public static final String NO_LONGER_HOME_EDUCATED = "no-longer-home-educated";

    private ReviewOutcome() {
    }
  }
}
